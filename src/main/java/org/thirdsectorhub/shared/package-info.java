/**
 * Small contracts and value types every module may use: how a module adds its routes' access rules,
 * command-line commands and demo data, and who the current actor is.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, displayName = "Shared")
package org.thirdsectorhub.shared;

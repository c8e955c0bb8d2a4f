/**
 * The platform every capability stands on: the embedded database, the GOV.UK page layout, error pages,
 * the demo-data seeder, the command-line entry points and the jar's launcher.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.thirdsectorhub.platform;

/**
 * The platform every capability stands on: the embedded database, the GOV.UK page layout, error pages,
 * the demo-data seeder and the command-line entry points.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.thirdsectorhub.platform;

/**
 * The district-wide register of the Third Sector: organisations of every legal form, their services in
 * the Open Referral UK model, the partnership's versioned definition of the Third Sector with each
 * organisation's classification against it, and the public directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations register")
package org.thirdsectorhub.organisations;

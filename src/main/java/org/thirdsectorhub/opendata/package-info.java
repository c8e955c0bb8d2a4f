/**
 * Open data: the hub's grants published as 360Giving and its tenders and contracts as OCDS, each checked
 * against the official schema before it is published, and other publishers' 360Giving and OCDS files
 * imported so that funding from outside the district shows on the organisations that received it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data")
package org.thirdsectorhub.opendata;

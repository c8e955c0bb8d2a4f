/**
 * Grant rounds and tenders: an exercise's chosen route opened to the sector, the applications and bids
 * organisations make to it, their assessment and moderation, and the decisions that become awards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grant rounds and tenders")
package org.thirdsectorhub.opportunities;

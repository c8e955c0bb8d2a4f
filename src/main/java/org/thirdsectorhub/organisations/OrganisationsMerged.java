package org.thirdsectorhub.organisations;

import java.util.UUID;
import org.thirdsectorhub.identity.OrganisationMerge;

/**
 * An officer merged one organisation record into another. The merged record stays (with
 * {@code merged_into} set and its history) but everything should now point at the survivor: every
 * module that keeps organisation ids (memberships, applications, contracts, volunteering…) must listen
 * for this event and move its references from {@code mergedId} to {@code survivorId}.
 */
public record OrganisationsMerged(UUID mergedId, UUID survivorId) implements OrganisationMerge {}

package org.thirdsectorhub.identity;

import java.util.UUID;

/**
 * Two organisation records found to be the same organisation: {@code mergedId} was merged into
 * {@code survivorId}. The organisations module publishes its {@code OrganisationsMerged} event, which
 * implements this interface; identity sits below organisations, so it listens for this type instead of
 * depending on the event's own class.
 */
public interface OrganisationMerge {

    UUID mergedId();

    UUID survivorId();
}

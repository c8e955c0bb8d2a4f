package org.thirdsectorhub.opportunities.assessment;

import java.time.Instant;
import java.util.UUID;

/** A member of an opportunity's assessor panel. */
public record Assessor(UUID account, String email, String displayName, String addedBy, Instant addedAt) {}

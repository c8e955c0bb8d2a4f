package org.thirdsectorhub.opportunities.assessment;

import java.time.Instant;
import java.util.UUID;

/** An assessor's declaration of interest about one application. */
public record Declaration(UUID application, UUID account, boolean conflicted, String details, Instant declaredAt) {}

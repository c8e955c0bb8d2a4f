package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An application or bid that was submitted, and so is assessed. */
public record Submission(UUID id, UUID opportunity, String reference, UUID organisation, String organisationName,
        String title, BigDecimal amountRequested, Instant submittedAt, String submittedBy, String status) {}

package org.thirdsectorhub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An application or bid in a list: whose, to what, for how much, and where it stands. */
public record ApplicationSummary(UUID id, String reference, UUID opportunity, String opportunityReference,
        String opportunityTitle, UUID organisation, String organisationName, String title, BigDecimal amountRequested,
        String status, Instant submittedAt, Instant closesAt, Instant updatedAt) {}

package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A grant round or tender as its assessment sees it. */
public record Round(UUID id, String reference, String kind, UUID exercise, UUID owner, String ownerName, String title,
        BigDecimal totalBudget, Instant closesAt, LocalDate startsOn, LocalDate endsOn, String status,
        Instant decisionsPublishedAt) {

    public boolean grantRound() {
        return "GRANT_ROUND".equals(kind);
    }

    public boolean decided() {
        return decisionsPublishedAt != null;
    }

    public boolean closedBy(Instant now) {
        return closesAt != null && !closesAt.isAfter(now);
    }
}

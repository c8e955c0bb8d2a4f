package org.thirdsectorhub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published tender as the open-data publisher sees it: what OCDS needs of the contracting process. */
public record TenderNotice(UUID id, String reference, String title, String description, String status, UUID buyer,
        String buyerName, BigDecimal value, String procurementCategory, String procurementMethod,
        boolean suitableForSme, boolean suitableForVcse, Instant publishedAt, Instant opensAt, Instant closesAt,
        Instant clarificationsCloseAt, LocalDate startsOn, LocalDate endsOn, Instant decisionsPublishedAt,
        Instant updatedAt, List<Awarded> awards) {

    /** A successful bid whose decision was published. */
    public record Awarded(UUID application, UUID award, UUID supplier, String supplierName, BigDecimal amount,
            Instant decidedAt) {}
}

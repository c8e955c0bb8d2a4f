package org.thirdsectorhub.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An award another module decided on, such as a grant round's successful application.
 *
 * @param exercise the commissioning exercise it came from, or null
 * @param type GRANT, CONTRACT or SERVICE_AGREEMENT
 * @param overheadsAllowed whether the budget may include a fair share of overheads (full cost recovery)
 * @param paymentInAdvance whether payments are made in advance
 */
public record AwardRequest(UUID exercise, String type, String title, UUID funderOrganisation, String funderName,
        UUID recipientOrganisation, String recipientName, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
        String fundingMethodReason, boolean overheadsAllowed, boolean paymentInAdvance) {}

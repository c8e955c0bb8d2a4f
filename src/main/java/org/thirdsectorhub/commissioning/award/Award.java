package org.thirdsectorhub.commissioning.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;

/** A grant, contract or service agreement as stored. */
public record Award(UUID id, UUID exercise, String type, String title, UUID funderOrganisation, String funderName,
        UUID recipientOrganisation, String recipientName, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
        Integer noticePeriodMonths, String monitoringTier, String status, AwardEvidence evidence, int version,
        java.util.List<Outcome> outcomes) {

    /** An outcome the award pays for, and the indicator it is measured by. */
    public record Outcome(String outcome, String indicator) {}
}

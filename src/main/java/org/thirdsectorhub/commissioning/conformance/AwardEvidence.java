package org.thirdsectorhub.commissioning.conformance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What has been recorded about a grant, contract or service agreement, as the rules read it. */
public record AwardEvidence(
        UUID id,
        String type,
        String recipientName,
        BigDecimal recipientIncome,
        BigDecimal amount,
        LocalDate startsOn,
        LocalDate endsOn,
        String termReason,
        String fundingMethodReason,
        Boolean overheadsAllowed,
        Monitoring monitoring,
        Boolean paymentInAdvance,
        List<Payment> payments,
        Boolean riskAllocationDiscussed,
        String riskAllocation,
        Boolean restrictsCampaigning,
        Ending ending,
        LocalDate today) {

    public AwardEvidence {
        payments = ExerciseEvidence.list(payments);
    }

    /** What monitoring was agreed, and whether before signing. */
    public record Monitoring(String tier, boolean agreedBeforeSigning) {}

    public record Payment(LocalDate due, LocalDate paid, BigDecimal amount) {}

    /** Funding ended or reduced early: when notice was given, whether in writing, and why. */
    public record Ending(LocalDate noticeGivenOn, LocalDate endsOn, boolean inWriting, String reasons, boolean reduction) {}
}

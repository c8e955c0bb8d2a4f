package org.thirdsectorhub.commissioning.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;

/** What is known when an award is made. */
public record NewAward(UUID exercise, String type, String title, UUID funderOrganisation, String funderName,
        UUID recipientOrganisation, String recipientName, BigDecimal recipientIncome, BigDecimal amount,
        LocalDate startsOn, LocalDate endsOn, Integer noticePeriodMonths, String termReason, String fundingMethodReason,
        Boolean overheadsAllowed, AwardEvidence.Monitoring monitoring, Boolean paymentInAdvance,
        List<AwardEvidence.Payment> payments, Boolean riskAllocationDiscussed, String riskAllocation,
        Boolean restrictsCampaigning) {}

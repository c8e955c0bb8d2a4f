package org.thirdsectorhub.commissioning.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.organisations.OrganisationSummary;

/** The demo's grants, contracts and service agreements. */
final class DemoAwards {

    private DemoAwards() {}

    static NewAward goodGrant(UUID exercise, OrganisationSummary funder, OrganisationSummary recipient) {
        return award(exercise, "GRANT", "Lunch clubs and befriending in Bletchley", funder, recipient, "86500", "135000",
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), null, "a grant keeps the group's own model", true,
                "QUARTERLY_INDICATORS", true, List.of(paid("2026-04-01", "2026-03-27", "11250")), true,
                "the council carries demand risk; the group carries delivery risk", false);
    }

    static NewAward oneYearGrantWithoutReason(OrganisationSummary funder, OrganisationSummary recipient) {
        return award(null, "GRANT", "Winter warm spaces", funder, recipient, "42000", "12000", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), null, "small grants suit community venues", true, "LIGHT_SIX_MONTHLY", true,
                List.of(paid("2026-04-01", "2026-04-01", "12000")), true, "shared", false);
    }

    static NewAward contract(UUID exercise, OrganisationSummary funder, OrganisationSummary recipient) {
        return award(exercise, "CONTRACT", "Telephone befriending service", funder, recipient, "240000", "96000",
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), null, "a specified service open to tender", true,
                "QUARTERLY_INDICATORS", false, List.of(paid("2026-06-30", "2026-06-30", "8000")), true,
                "volume risk shared above 10%", false);
    }

    static NewAward arrearsServiceAgreement(OrganisationSummary funder, OrganisationSummary recipient) {
        return award(null, "SERVICE_AGREEMENT", "Peer support groups", funder, recipient, "38000", "30000",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, "an agreement with an established partner", true,
                "LIGHT_SIX_MONTHLY", false, List.of(paid("2026-03-31", "2026-03-31", "2500")), true, "discussed at award",
                false);
    }

    static NewAward latePaidContract(OrganisationSummary funder, OrganisationSummary recipient) {
        return award(null, "CONTRACT", "Cookery skills for young parents", funder, recipient, "86500", "45000",
                LocalDate.of(2025, 12, 1), LocalDate.of(2028, 11, 30), null, "a specified outcome bought by tender", true,
                "QUARTERLY_INDICATORS", true, List.of(paid("2025-12-01", "2025-12-01", "3750"),
                        paid("2026-03-01", "2026-04-14", "3750"), new AwardEvidence.Payment(LocalDate.of(2026, 6, 1), null,
                                new BigDecimal("3750"))),
                false, null, true);
    }

    private static AwardEvidence.Payment paid(String due, String paid, String amount) {
        return new AwardEvidence.Payment(LocalDate.parse(due), LocalDate.parse(paid), new BigDecimal(amount));
    }

    private static NewAward award(UUID exercise, String type, String title, OrganisationSummary funder,
            OrganisationSummary recipient, String recipientIncome, String amount, LocalDate start, LocalDate end,
            String termReason, String methodReason, Boolean overheads, String tier, Boolean advance,
            List<AwardEvidence.Payment> payments, Boolean riskDiscussed, String risk, Boolean gagging) {
        return new NewAward(exercise, type, title, funder.id(), funder.name(), recipient.id(), recipient.name(),
                new BigDecimal(recipientIncome), new BigDecimal(amount), start, end, 3, termReason, methodReason, overheads,
                new AwardEvidence.Monitoring(tier, true), advance, payments, riskDiscussed, risk, gagging);
    }
}

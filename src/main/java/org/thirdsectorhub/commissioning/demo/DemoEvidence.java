package org.thirdsectorhub.commissioning.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.OrganisationRef;
import org.thirdsectorhub.organisations.OrganisationSummary;

/** The evidence the demo exercises record: one exemplary, one rushed, one still planning. */
final class DemoEvidence {

    private DemoEvidence() {}

    static ExerciseEvidence wellRun(ExerciseEvidence e, List<OrganisationSummary> providers, LocalDate start) {
        List<OrganisationRef> refs = refs(providers);
        return new ExerciseEvidence(e.id(), e.title(), "REVIEW",
                List.of(new ExerciseEvidence.NeedsEvidence("Joint strategic needs assessment: older people", "DATA",
                                "People over 65 living alone", null),
                        new ExerciseEvidence.NeedsEvidence("Loneliness survey of 1,200 residents", "SURVEY",
                                "Older residents of Bletchley and Wolverton", null)),
                refs.subList(0, Math.min(2, refs.size())),
                List.of(new ExerciseEvidence.Consultation("Consultation on support for isolated older people",
                        start.plusDays(14), start.plusDays(14 + 84), start, null, true, null)),
                List.of(new ExerciseEvidence.Engagement("Market warming event at the Buszy", start.minusMonths(2), "EVENT",
                        refs, true, null)),
                List.of(new ExerciseEvidence.OutcomeTarget("Fewer older people feel lonely", "UCLA loneliness score",
                                "20% improvement for 600 people"),
                        new ExerciseEvidence.OutcomeTarget("Older people stay independent", "Admissions to care",
                                "30 fewer a year")),
                false, null,
                new ExerciseEvidence.CapacityDecision(true, "a development grant helps small BME-led groups bid", true),
                new ExerciseEvidence.Route("GRANT_ROUND", "outcomes are best met by local groups' own approaches",
                        start.plusMonths(4), true, true, true, 36, null, "payment by outcomes capped at 10%",
                        new BigDecimal("450000")),
                new ExerciseEvidence.SectorInput(start.minusMonths(3), "Older people's thematic partnership workshop", null),
                new ExerciseEvidence.ApplicationProcess(12, 2),
                new ExerciseEvidence.ServiceChange(false, false, false, null),
                List.of(new ExerciseEvidence.Feedback("USERS", start.plusMonths(10), "Older people's forum"),
                        new ExerciseEvidence.Feedback("PROVIDERS", start.plusMonths(10), "Provider network"),
                        new ExerciseEvidence.Feedback("COMMUNITIES", start.plusMonths(11), "Ward councillors' surgeries")),
                new ExerciseEvidence.Review(start.plusMonths(11), "Review by the health and wellbeing board", null));
    }

    static ExerciseEvidence rushed(ExerciseEvidence e, LocalDate start) {
        return new ExerciseEvidence(e.id(), e.title(), "DO",
                List.of(new ExerciseEvidence.NeedsEvidence("Children's services data", "DATA", "Families", null)), List.of(),
                List.of(new ExerciseEvidence.Consultation("Early help proposals", start.plusMonths(2),
                        start.plusMonths(2).plusWeeks(8), null, null, true, null)),
                List.of(), List.of(new ExerciseEvidence.OutcomeTarget("Families supported earlier", "Referrals", null)),
                false, null, null,
                new ExerciseEvidence.Route("DIRECT_AWARD", null, start.plusMonths(4), false, false, false, 12, null, null,
                        new BigDecimal("120000")),
                null, new ExerciseEvidence.ApplicationProcess(60, 3),
                new ExerciseEvidence.ServiceChange(true, true, false, null), List.of(), null);
    }

    static ExerciseEvidence planning(ExerciseEvidence e, List<OrganisationSummary> advocates, LocalDate start) {
        return new ExerciseEvidence(e.id(), e.title(), "PLAN",
                List.of(new ExerciseEvidence.NeedsEvidence("Food insecurity survey", "SURVEY", "Households on low incomes", null)),
                refs(advocates), List.of(), List.of(), List.of(), false, null, null, null,
                new ExerciseEvidence.SectorInput(start.plusMonths(6), "Food partnership meeting", null), null, null,
                List.of(), null);
    }

    private static List<OrganisationRef> refs(List<OrganisationSummary> organisations) {
        return organisations.stream().map(o -> new OrganisationRef(o.id(), o.name(), o.thirdSector())).toList();
    }
}

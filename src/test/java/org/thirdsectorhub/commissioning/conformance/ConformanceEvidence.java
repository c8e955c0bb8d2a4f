package org.thirdsectorhub.commissioning.conformance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.Consultation;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.Engagement;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.OrganisationRef;

/** A well-run exercise and award that pass every rule; tests break one thing at a time. */
final class ConformanceEvidence {

    static final OrganisationRef HOME_START = new OrganisationRef(UUID.randomUUID(), "Home-Start Milton Keynes", true);
    static final OrganisationRef CVS = new OrganisationRef(UUID.randomUUID(), "MK Council for Voluntary Service", true);

    private ConformanceEvidence() {}

    static ExerciseEvidence goodExercise() {
        return new ExerciseEvidence(UUID.randomUUID(), "Family support 2010–2013", "REVIEW",
                List.of(new ExerciseEvidence.NeedsEvidence("Joint strategic needs assessment", "DATA", "Families", "/needs/1")),
                List.of(HOME_START),
                List.of(new Consultation("Family support consultation", LocalDate.of(2010, 2, 1), LocalDate.of(2010, 4, 26),
                        LocalDate.of(2010, 1, 4), null, true, "/consultations/1")),
                List.of(new Engagement("Market warming event", LocalDate.of(2009, 9, 15), "EVENT", List.of(HOME_START, CVS),
                        true, "/engagement/1")),
                List.of(new ExerciseEvidence.OutcomeTarget("Fewer families in crisis", "Families reaching crisis", "-20%")),
                true,
                new ExerciseEvidence.MarketMap(LocalDate.of(2009, 10, 1), 24, 19, "/market-map"),
                new ExerciseEvidence.CapacityDecision(true, "Small BME-led groups need help to bid", true),
                new ExerciseEvidence.Route("GRANT_ROUND", "outcomes are best met by grants to local groups",
                        LocalDate.of(2010, 5, 10), true, true, true, 36, null, "shared through an outcomes fund",
                        new BigDecimal("150000")),
                new ExerciseEvidence.SectorInput(LocalDate.of(2009, 7, 1), "Thematic partnership workshop", "/input"),
                new ExerciseEvidence.ApplicationProcess(20, 2),
                new ExerciseEvidence.ServiceChange(false, false, false, null),
                List.of(new ExerciseEvidence.Feedback("USERS", LocalDate.of(2012, 1, 1), "Parents' panel"),
                        new ExerciseEvidence.Feedback("PROVIDERS", LocalDate.of(2012, 2, 1), "Provider forum")),
                new ExerciseEvidence.Review(LocalDate.of(2012, 3, 1), "Review by the children's trust", "/review"));
    }

    static AwardEvidence goodAward() {
        return new AwardEvidence(UUID.randomUUID(), "GRANT", "Home-Start Milton Keynes", new BigDecimal("85000"),
                new BigDecimal("45000"), LocalDate.of(2010, 6, 1), LocalDate.of(2013, 5, 31), null,
                "a grant suits a local group's own model of family support", true,
                new AwardEvidence.Monitoring("QUARTERLY_INDICATORS", true), true,
                List.of(new AwardEvidence.Payment(LocalDate.of(2010, 6, 1), LocalDate.of(2010, 5, 28), new BigDecimal("15000"))),
                true, "the council carries demand risk; Home-Start carries delivery risk", false, null,
                LocalDate.of(2010, 7, 1));
    }
}

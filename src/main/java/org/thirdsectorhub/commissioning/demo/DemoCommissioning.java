package org.thirdsectorhub.commissioning.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.demo.DemoData;

/**
 * A year of a Milton Keynes partnership's commissioning: exercises at every stage, and grants,
 * contracts and service agreements, some that pass every check and some that visibly fail.
 */
@Component
class DemoCommissioning implements DemoData {

    private static final LocalDate YEAR_START = LocalDate.of(2025, 12, 1);

    private final Exercises exercises;
    private final Awards awards;
    private final OrganisationManagement organisations;

    DemoCommissioning(Exercises exercises, Awards awards, OrganisationManagement organisations) {
        this.exercises = exercises;
        this.awards = awards;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "commissioning: a year of Milton Keynes commissioning";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        OrganisationSummary council = organisations.findByName("Milton Keynes City Council").orElseThrow();
        OrganisationSummary icb = organisations.findByName("Bedfordshire, Luton and Milton Keynes Integrated Care Board")
                .orElseThrow();
        OrganisationSummary larder = organisations.findByName("Bletchley Community Larder").orElseThrow();
        List<OrganisationSummary> befriending = organisations.marketFor(Set.of("103"), Set.of()).sample().stream()
                .filter(OrganisationSummary::thirdSector).limit(6).toList();

        UUID isolation = exercises.start(new NewExercise("Tackling isolation in later life 2026–2029", council.id(),
                council.name(), "BLMK Integrated Care Board", "Befriending and social activity for people over 65",
                List.of("103"), List.of()));
        exercises.refreshMarketMap(isolation);
        exercises.record(isolation, e -> DemoEvidence.wellRun(e, befriending, YEAR_START), "Recorded the needs "
                + "assessment, the consultation, the market warming events, the outcomes and the route");

        UUID family = exercises.start(new NewExercise("Early help for families", council.id(), council.name(), "",
                "Family support in Bletchley, Fishermead and Wolverton", List.of("105", "201"),
                List.of("E05009406", "E05009424", "E05009423")));
        exercises.record(family, e -> DemoEvidence.rushed(e, YEAR_START), "Recorded a short consultation and a direct award");

        UUID food = exercises.start(new NewExercise("Community food resilience", council.id(), council.name(), "",
                "Community larders and cookery skills", List.of("105"), List.of()));
        exercises.record(food, e -> DemoEvidence.planning(e, List.of(larder), YEAR_START),
                "Recorded needs evidence and advocates");

        exercises.start(new NewExercise("Peer support for mental health", icb.id(), icb.name(), "Milton Keynes City Council",
                "Peer support groups for adults", List.of("103"), List.of()));

        OrganisationSummary first = befriending.isEmpty() ? larder : befriending.get(0);
        OrganisationSummary second = befriending.size() > 1 ? befriending.get(1) : larder;
        OrganisationSummary third = befriending.size() > 2 ? befriending.get(2) : larder;
        awards.make(DemoAwards.goodGrant(isolation, council, larder));
        awards.make(DemoAwards.oneYearGrantWithoutReason(council, first));
        UUID cut = awards.make(DemoAwards.contract(isolation, council, second));
        awards.endEarly(cut, new AwardEvidence.Ending(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 31), true,
                "the council's budget for 2026/27 was reduced", false));
        awards.make(DemoAwards.arrearsServiceAgreement(icb, third));
        awards.make(DemoAwards.latePaidContract(council, larder));
    }
}

package org.thirdsectorhub.commissioning.conformance;

import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.fail;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.missing;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.pass;
import static org.thirdsectorhub.commissioning.conformance.Wording.blank;
import static org.thirdsectorhub.commissioning.conformance.Wording.date;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.Engagement;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.OrganisationRef;

/** The eight principles of good commissioning (Office of the Third Sector, 2006) as checks of an exercise. */
final class PrincipleRules {

    private PrincipleRules() {}

    static final Rule<ExerciseEvidence> P1 = new Rule<>("P1", 1, "Understand needs, with the sector as advocates",
            "Understand the needs of users and communities, engaging Third Sector organisations as advocates.",
            (e, t) -> {
                if (e.needs().isEmpty()) {
                    return missing("no evidence of needs is recorded");
                }
                List<OrganisationRef> advocates = e.advocates().stream().filter(OrganisationRef::thirdSector).toList();
                List<EvidenceRef> refs = e.needs().stream().map(n -> new EvidenceRef(n.title(), n.href())).toList();
                return advocates.isEmpty()
                        ? fail(e.needs().size() + " pieces of needs evidence, but no Third Sector organisation was engaged"
                                + " as an advocate", refs)
                        : pass(e.needs().size() + " pieces of needs evidence, with " + names(advocates) + " as advocates", refs);
            });

    static final Rule<ExerciseEvidence> P2 = new Rule<>("P2", 1, "Consult providers early and set outcomes with them",
            "Consult potential providers, including Third Sector organisations, well before commissioning, and set priority outcomes with them.",
            (e, t) -> {
                List<Engagement> withSector = e.preMarketEngagement().stream()
                        .filter(g -> g.participants().stream().anyMatch(OrganisationRef::thirdSector)).toList();
                if (withSector.isEmpty()) {
                    return e.route() == null ? missing("no pre-market engagement with Third Sector providers is recorded yet")
                            : fail("the route was chosen with no pre-market engagement with Third Sector providers", List.of());
                }
                Engagement earliest = withSector.stream().min((a, b) -> a.heldOn().compareTo(b.heldOn())).orElseThrow();
                List<EvidenceRef> refs = withSector.stream().map(g -> new EvidenceRef(g.title(), g.href())).toList();
                if (e.route() != null && e.route().decidedOn() != null) {
                    long weeks = ChronoUnit.WEEKS.between(earliest.heldOn(), e.route().decidedOn());
                    if (weeks < t.preMarketEngagementWeeksBeforeRoute()) {
                        return fail("providers were first engaged on " + date(earliest.heldOn()) + ", only " + weeks
                                + " weeks before the route was chosen on " + date(e.route().decidedOn()), refs);
                    }
                }
                if (withSector.stream().noneMatch(Engagement::prioritiesSetWithProviders)) {
                    return fail("providers were engaged but priority outcomes were not set with them", refs);
                }
                return pass("providers were engaged from " + date(earliest.heldOn()) + " and priority outcomes set with them",
                        refs);
            });

    static final Rule<ExerciseEvidence> P3 = new Rule<>("P3", 1, "Outcomes at the heart",
            "Put outcomes for users at the heart of strategic planning.",
            (e, t) -> {
                if (e.outcomes().isEmpty()) {
                    return "ANALYSE".equals(e.stage()) ? missing("no outcomes are set yet")
                            : fail("the exercise has moved past analysis with no outcomes set", List.of());
                }
                long incomplete = e.outcomes().stream().filter(o -> blank(o.indicator()) || blank(o.target())).count();
                if (incomplete > 0) {
                    return fail(incomplete + " of " + e.outcomes().size() + " outcomes have no indicator or target", List.of());
                }
                return pass(e.outcomes().size() + " outcomes, each with an indicator and a target"
                        + (e.sroiForecastAttached() ? ", and an SROI forecast attached" : ""), List.of());
            });

    static final Rule<ExerciseEvidence> P4 = new Rule<>("P4", 1, "Map the fullest range of providers",
            "Map the fullest practical range of providers and what they could contribute.",
            (e, t) -> {
                if (e.marketMap() == null) {
                    return e.route() == null ? missing("no market map is generated yet")
                            : fail("the route was chosen without mapping the market", List.of());
                }
                var map = e.marketMap();
                return map.organisations() == 0
                        ? fail("the market map of " + date(map.generatedOn()) + " found no providers", List.of())
                        : pass("the market map of " + date(map.generatedOn()) + " found " + map.organisations()
                                + " organisations, " + map.thirdSectorOrganisations() + " of them Third Sector",
                                List.of(new EvidenceRef("Market map", map.href())));
            });

    static final Rule<ExerciseEvidence> P5 = new Rule<>("P5", 1, "Consider investing in provider capacity",
            "Consider investing in the capacity of the provider base, especially organisations working with hard-to-reach groups.",
            (e, t) -> {
                var decision = e.capacityDecision();
                if (decision == null) {
                    return missing("no decision on investing in provider capacity is recorded");
                }
                if (blank(decision.reason())) {
                    return fail("a decision on capacity is recorded without a reason", List.of());
                }
                if (!decision.hardToReachGroupsConsidered()) {
                    return fail("the capacity decision does not consider organisations working with hard-to-reach groups",
                            List.of());
                }
                return pass((decision.invest() ? "investing in capacity: " : "not investing in capacity: ") + decision.reason(),
                        List.of());
            });

    static final Rule<ExerciseEvidence> P6 = new Rule<>("P6", 1, "Transparent and fair contracting",
            "Make contracting transparent and fair so the broadest range of suppliers can take part, considering sub-contracting and consortia.",
            (e, t) -> {
                var route = e.route();
                if (route == null) {
                    return missing("no route has been chosen yet");
                }
                if (!route.openlyAdvertised() && !"SERVICE_AGREEMENT".equals(route.kind())) {
                    return blank(route.reason())
                            ? fail("the opportunity is not openly advertised and no reason is recorded", List.of())
                            : fail("the opportunity is not openly advertised (" + route.reason() + ")", List.of());
                }
                if (!route.consortiaWelcome() && !route.subcontractingWelcome()) {
                    return fail("neither consortia nor sub-contracting are welcome, which narrows who can take part", List.of());
                }
                return pass("openly advertised, with " + (route.consortiaWelcome() ? "consortia" : "")
                        + (route.consortiaWelcome() && route.subcontractingWelcome() ? " and " : "")
                        + (route.subcontractingWelcome() ? "sub-contracting" : "") + " welcome", List.of());
            });

    static final Rule<ExerciseEvidence> P7 = new Rule<>("P7", 1, "Long-term contracts and risk sharing",
            "Use long-term contracts and risk sharing wherever appropriate.",
            (e, t) -> {
                var route = e.route();
                if (route == null || route.contractLengthMonths() == null) {
                    return missing("no contract length is recorded yet");
                }
                boolean longTerm = route.contractLengthMonths() >= t.multiYearFundingYears() * 12;
                if (!longTerm && blank(route.lengthReason())) {
                    return fail("a " + route.contractLengthMonths() + "-month term with no reason for not going longer",
                            List.of());
                }
                if (blank(route.riskSharing())) {
                    return fail("how risk is shared is not recorded", List.of());
                }
                return pass(route.contractLengthMonths() + " months" + (longTerm ? "" : " (" + route.lengthReason() + ")")
                        + "; risk sharing: " + route.riskSharing(), List.of());
            });

    static final Rule<ExerciseEvidence> P8 = new Rule<>("P8", 1, "Seek feedback and review",
            "Seek feedback from service users, communities and providers to review how well commissioning meets local needs.",
            (e, t) -> {
                if (!"REVIEW".equals(e.stage())) {
                    return missing("the exercise has not reached its review yet");
                }
                Set<String> voices = e.feedback().stream().map(ExerciseEvidence.Feedback::from).collect(Collectors.toSet());
                if (voices.size() < 2) {
                    return fail("feedback was heard from " + (voices.isEmpty() ? "nobody" : String.join(", ", voices).toLowerCase())
                            + "; users, communities and providers should all be asked", List.of());
                }
                if (e.review() == null) {
                    return fail("feedback was gathered but no review is recorded", List.of());
                }
                return pass("feedback from " + String.join(", ", voices.stream().sorted().toList()).toLowerCase()
                        + ", reviewed on " + date(e.review().on()), List.of(new EvidenceRef("Review", e.review().href())));
            });

    static final List<Rule<ExerciseEvidence>> ALL = List.of(P1, P2, P3, P4, P5, P6, P7, P8);

    private static String names(List<OrganisationRef> organisations) {
        return organisations.stream().map(OrganisationRef::name).collect(Collectors.joining(", "));
    }
}

package org.thirdsectorhub.commissioning.conformance;

import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.fail;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.missing;
import static org.thirdsectorhub.commissioning.conformance.Rule.Verdict.pass;
import static org.thirdsectorhub.commissioning.conformance.Wording.blank;
import static org.thirdsectorhub.commissioning.conformance.Wording.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence.Consultation;

/** The Compact checks that read a commissioning exercise: consultation, sector input, method, process, equality. */
final class CompactExerciseRules {

    private CompactExerciseRules() {}

    static final Rule<ExerciseEvidence> C1 = new Rule<>("C1", 1, "Formal written consultation period",
            "Formal written consultations run for at least the agreed number of weeks, or a reason for a shorter period is recorded.",
            (e, t) -> {
                if (e.consultations().isEmpty()) {
                    return missing("no formal written consultation is recorded");
                }
                for (Consultation c : e.consultations()) {
                    if (c.opensOn() == null || c.closesOn() == null) {
                        return missing("the consultation \"" + c.title() + "\" has no opening or closing date");
                    }
                    long days = ChronoUnit.DAYS.between(c.opensOn(), c.closesOn());
                    if (days < t.consultationWeeks() * 7L && blank(c.shorterPeriodReason())) {
                        return fail("the consultation ran " + Wording.weeks(days) + " ("
                                + Wording.range(c.opensOn(), c.closesOn()) + ") and no reason for the shorter period is recorded",
                                List.of(new EvidenceRef(c.title(), c.href())));
                    }
                }
                Consultation first = e.consultations().get(0);
                return pass(e.consultations().size() == 1
                                ? "the consultation ran " + Wording.weeks(ChronoUnit.DAYS.between(first.opensOn(), first.closesOn()))
                                        + " (" + Wording.range(first.opensOn(), first.closesOn()) + ")"
                                        + (blank(first.shorterPeriodReason()) ? "" : ", shorter for a recorded reason: "
                                        + first.shorterPeriodReason())
                                : "every one of the " + e.consultations().size()
                                        + " consultations ran the full period or records why not",
                        refs(e.consultations()));
            });

    static final Rule<ExerciseEvidence> C2 = new Rule<>("C2", 1, "Early notice of consultations",
            "People are told of a forthcoming consultation before it opens.",
            (e, t) -> {
                if (e.consultations().isEmpty()) {
                    return missing("no formal written consultation is recorded");
                }
                for (Consultation c : e.consultations()) {
                    if (c.noticeGivenOn() == null) {
                        return fail("no early notice is recorded for the consultation \"" + c.title() + "\"",
                                List.of(new EvidenceRef(c.title(), c.href())));
                    }
                    if (c.opensOn() != null && !c.noticeGivenOn().isBefore(c.opensOn())) {
                        return fail("notice of \"" + c.title() + "\" was given on " + date(c.noticeGivenOn())
                                + ", not before it opened on " + date(c.opensOn()), List.of(new EvidenceRef(c.title(), c.href())));
                    }
                }
                return pass("notice was given before every consultation opened", refs(e.consultations()));
            });

    static final Rule<ExerciseEvidence> C10 = new Rule<>("C10", 1, "Sector input to programme design",
            "The Third Sector had an opportunity to shape the programme before it was designed.",
            (e, t) -> {
                if (e.sectorInput() != null) {
                    return pass("the sector shaped the programme on " + date(e.sectorInput().on()) + ": "
                            + e.sectorInput().description(), List.of(new EvidenceRef("Sector input", e.sectorInput().href())));
                }
                return "ANALYSE".equals(e.stage()) ? missing("no opportunity for sector input is recorded yet")
                        : fail("the exercise has moved past analysis with no opportunity for sector input recorded", List.of());
            });

    static final Rule<ExerciseEvidence> C11 = new Rule<>("C11", 1, "Rationale for the funding method",
            "The reason for choosing a grant, contract, loan or service agreement is recorded.",
            (e, t) -> {
                if (e.route() == null) {
                    return missing("no route has been chosen yet");
                }
                return blank(e.route().reason())
                        ? fail("the route (" + readable(e.route().kind()) + ") was chosen with no reason recorded", List.of())
                        : pass(readable(e.route().kind()) + " because " + e.route().reason(), List.of());
            });

    static final Rule<ExerciseEvidence> C12 = new Rule<>("C12", 1, "Proportionate application process",
            "The effort asked of applicants matches the sum at stake.",
            (e, t) -> {
                if (e.applicationProcess() == null || e.route() == null || e.route().estimatedValue() == null) {
                    return missing("the application effort or the value at stake is not recorded");
                }
                int hours = e.applicationProcess().estimatedHours();
                int allowed = Math.max(2, e.route().estimatedValue().multiply(BigDecimal.valueOf(t.applicationHoursPerTenThousandPounds()))
                        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).intValue());
                String stakes = "about " + hours + " hours of applicants' time for " + Wording.money(e.route().estimatedValue());
                return hours <= allowed ? pass(stakes + ", within the " + allowed + " hours that sum justifies", List.of())
                        : fail(stakes + ", more than the " + allowed + " hours that sum justifies", List.of());
            });

    static final Rule<ExerciseEvidence> C13 = new Rule<>("C13", 1, "Equality impact assessment",
            "An equality impact assessment is made before cutting services used by equalities groups.",
            (e, t) -> {
                var change = e.serviceChange();
                if (change == null) {
                    return missing("whether services are cut, and who uses them, is not recorded");
                }
                if (!change.reducesServices() || !change.usedByEqualitiesGroups()) {
                    return pass(change.reducesServices() ? "the services cut are not used particularly by equalities groups"
                            : "no service is cut", List.of());
                }
                return change.impactAssessed()
                        ? pass("an equality impact assessment was made before the cut",
                                List.of(new EvidenceRef("Equality impact assessment", change.href())))
                        : fail("services used by equalities groups are cut with no equality impact assessment", List.of());
            });

    static final List<Rule<ExerciseEvidence>> ALL = List.of(C1, C2, C10, C11, C12, C13);

    static String readable(String constant) {
        if (constant == null) {
            return "an unnamed route";
        }
        String text = constant.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<EvidenceRef> refs(List<Consultation> consultations) {
        return consultations.stream().map(c -> new EvidenceRef(c.title(), c.href())).toList();
    }
}

package org.thirdsectorhub.opportunities.assessment.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.opportunities.assessment.Criterion;
import org.thirdsectorhub.opportunities.assessment.Decision;
import org.thirdsectorhub.opportunities.assessment.Decisions;
import org.thirdsectorhub.opportunities.assessment.Moderation;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.Round;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.opportunities.assessment.Score;
import org.thirdsectorhub.opportunities.assessment.Scoring;
import org.thirdsectorhub.opportunities.assessment.Submission;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.demo.DemoData;

/**
 * Two closed Milton Keynes grant rounds: one assessed, moderated and decided (its grants made in
 * commissioning), with a declared conflict of interest; and one whose scoring is under way. The demo
 * commissioner leads both; the demo officer and partnership member sit on the panels.
 */
@Component
class DemoAssessment implements DemoData {

    static final String DECIDED = "MKCC-CCF-2026";
    static final String SCORING = "MKCC-WWG-2026";

    private final DemoRoundWriter writer;
    private final AssessedRounds rounds;
    private final Panel panel;
    private final Scoring scoring;
    private final Moderation moderation;
    private final Decisions decisions;
    private final OrganisationManagement organisations;
    private final IdentityManagement identity;
    private final Clock clock;

    DemoAssessment(DemoRoundWriter writer, AssessedRounds rounds, Panel panel, Scoring scoring, Moderation moderation,
            Decisions decisions, OrganisationManagement organisations, IdentityManagement identity, Clock clock) {
        this.writer = writer;
        this.rounds = rounds;
        this.panel = panel;
        this.scoring = scoring;
        this.moderation = moderation;
        this.decisions = decisions;
        this.organisations = organisations;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "opportunities: grant rounds assessed and decided";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void load() {
        OrganisationSummary council = organisations.findByName("Milton Keynes City Council").orElseThrow();
        OrganisationSummary larder = organisations.findByName("Bletchley Community Larder").orElseThrow();
        List<OrganisationSummary> applicants = applicants(larder);
        UUID lead = account("commissioner@demo.thirdsectorhub.org.uk");
        UUID officer = account("officer@demo.thirdsectorhub.org.uk");
        UUID board = account("board@demo.thirdsectorhub.org.uk");
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);

        UUID decided = writer.round(DemoContent.CONNECTING, council, now.minus(90, ChronoUnit.DAYS),
                noon(today.minusDays(42)), today.withDayOfMonth(1).plusMonths(1),
                today.withDayOfMonth(1).plusMonths(25).minusDays(1), DemoContent.CONNECTING_CRITERIA);
        List<UUID> first = new ArrayList<>();
        List<OrganisationSummary> firstApplicants = List.of(larder, applicants.get(0), applicants.get(1), applicants.get(2),
                applicants.get(3));
        for (int i = 0; i < firstApplicants.size(); i++) {
            first.add(writer.application(decided, DECIDED + "-" + (101 + i), firstApplicants.get(i),
                    DemoContent.CONNECTING_APPLICATIONS.get(i), i == 0 ? "org-admin@demo.thirdsectorhub.org.uk"
                            : "bids@" + slug(firstApplicants.get(i).name()) + ".example.org",
                    now.minus(44 + i, ChronoUnit.DAYS)));
        }
        Round round = rounds.find(decided);
        panel.add(round, "commissioner@demo.thirdsectorhub.org.uk");
        panel.add(round, "officer@demo.thirdsectorhub.org.uk");
        panel.add(round, "board@demo.thirdsectorhub.org.uk");
        Map<UUID, int[][]> scores = new LinkedHashMap<>();
        // Per application: the lead's, the officer's and the partnership member's scores per criterion.
        scores.put(first.get(0), new int[][] {{5, 4, 4, 4}, {4, 4, 3, 4}, {4, 5, 4, 3}});
        scores.put(first.get(1), new int[][] {{4, 4, 3, 4}, {4, 3, 3, 4}, {5, 4, 4, 4}});
        scores.put(first.get(2), new int[][] {{3, 4, 4, 3}, {4, 4, 3, 4}, null});
        scores.put(first.get(3), new int[][] {{2, 3, 2, 3}, {4, 3, 2, 2}, {2, 2, 3, 3}});
        scores.put(first.get(4), new int[][] {{3, 2, 2, 3}, {2, 2, 1, 3}, {3, 3, 2, 2}});
        UUID[] assessors = {lead, officer, board};
        for (var entry : scores.entrySet()) {
            Submission application = rounds.submission(decided, entry.getKey());
            for (int a = 0; a < assessors.length; a++) {
                if (entry.getValue()[a] == null) {
                    scoring.declare(round, application, assessors[a], true, "I am a trustee of "
                            + application.organisationName() + " and helped to plan this project.");
                    continue;
                }
                score(round, application, assessors[a], entry.getValue()[a], a, true);
            }
        }
        int[][] moderated = {{5, 4, 4, 4}, {4, 4, 3, 4}, {4, 4, 3, 4}, {3, 3, 2, 3}, {3, 2, 2, 3}};
        for (int i = 0; i < first.size(); i++) {
            moderate(round, rounds.submission(decided, first.get(i)), moderated[i]);
        }
        String[] reasons = DemoContent.REASONS;
        BigDecimal[] amounts = {new BigDecimal("15800"), new BigDecimal("17500"), new BigDecimal("12500"), null, null};
        for (int i = 0; i < first.size(); i++) {
            Submission application = rounds.submission(decided, first.get(i));
            decisions.record(round, application, amounts[i] == null ? Decision.UNSUCCESSFUL : Decision.SUCCESSFUL,
                    amounts[i], reasons[i], i < 3 ? "" : DemoContent.FEEDBACK[i - 3]);
        }
        decisions.publish(round);

        UUID inProgress = writer.round(DemoContent.WINTER, council, now.minus(60, ChronoUnit.DAYS),
                noon(today.minusDays(4)), today.withDayOfMonth(1).plusMonths(2),
                today.withDayOfMonth(1).plusMonths(8).minusDays(1), DemoContent.WINTER_CRITERIA);
        List<UUID> second = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            second.add(writer.application(inProgress, SCORING + "-" + (201 + i), applicants.get(4 + i),
                    DemoContent.WINTER_APPLICATIONS.get(i), "grants@" + slug(applicants.get(4 + i).name()) + ".example.org",
                    now.minus(5 + i, ChronoUnit.DAYS)));
        }
        Round winter = rounds.find(inProgress);
        panel.add(winter, "commissioner@demo.thirdsectorhub.org.uk");
        panel.add(winter, "officer@demo.thirdsectorhub.org.uk");
        panel.add(winter, "board@demo.thirdsectorhub.org.uk");
        score(winter, rounds.submission(inProgress, second.get(0)), officer, new int[] {4, 3, 4}, 1, true);
        score(winter, rounds.submission(inProgress, second.get(1)), officer, new int[] {2, 3, 3}, 1, true);
        score(winter, rounds.submission(inProgress, second.get(0)), board, new int[] {2, 3, 4}, 2, true);
        score(winter, rounds.submission(inProgress, second.get(1)), board, new int[] {3, 3, 2}, 2, false);
    }

    private void score(Round round, Submission application, UUID assessor, int[] values, int who, boolean submit) {
        scoring.declare(round, application, assessor, false, "");
        List<Criterion> criteria = rounds.criteria(round.id());
        List<Score> scores = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            Criterion criterion = criteria.get(c);
            String comment = DemoContent.comment(values[c], criterion.title(), who);
            if (criterion.socialValue()) {
                BigDecimal deadweight = new BigDecimal(who == 1 ? "0.30" : "0.25");
                BigDecimal attribution = new BigDecimal("0.20");
                BigDecimal dropOff = new BigDecimal("0.30");
                BigDecimal checked = scoring.check(rounds.detail(application).forecast(), deadweight, attribution, dropOff)
                        .orElse(null);
                scores.add(new Score(criterion.id(), values[c], comment, checked, deadweight, attribution, dropOff));
            } else {
                scores.add(Score.of(criterion.id(), values[c], comment));
            }
        }
        scoring.save(round, application, assessor, scores);
        if (submit) {
            scoring.submit(round, application, assessor, criteria);
        }
    }

    private void moderate(Round round, Submission application, int[] values) {
        List<Criterion> criteria = rounds.criteria(round.id());
        Map<UUID, Moderation.Moderated> scores = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            scores.put(criteria.get(c).id(), new Moderation.Moderated(values[c], DemoContent.MODERATION_NOTE));
        }
        moderation.moderate(round, application, scores);
    }

    /** Voluntary organisations of the register other than the larder and the first few commissioning funded. */
    private List<OrganisationSummary> applicants(OrganisationSummary larder) {
        List<OrganisationSummary> found = new ArrayList<>();
        for (Set<String> purposes : List.of(Set.of("103"), Set.of("105", "201"), Set.<String>of())) {
            organisations.marketFor(purposes, Set.of()).sample().stream()
                    .filter(OrganisationSummary::thirdSector)
                    .filter(o -> !o.id().equals(larder.id()) && found.stream().noneMatch(f -> f.id().equals(o.id())))
                    .skip(found.isEmpty() ? 3 : 0)
                    .forEach(found::add);
        }
        if (found.size() < 8) {
            throw new IllegalStateException("The demo register has too few voluntary organisations for the grant rounds");
        }
        return found;
    }

    private UUID account(String email) {
        return identity.findUserByEmail(email).orElseThrow().id();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "");
        return slug.substring(0, Math.min(20, slug.length()));
    }

    /** Deadlines fall at 12pm UK time, as the hub sets them. */
    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
    }
}

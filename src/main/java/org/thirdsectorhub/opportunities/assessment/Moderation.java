package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.shared.security.Actor;

/**
 * The lead compares the assessors' submitted scores, agrees a moderated score per criterion with a
 * note, and ranks the applications by their weighted moderated totals.
 */
@Service
@Transactional
public class Moderation {

    private final JdbcClient jdbc;
    private final AssessedRounds rounds;
    private final Scoring scoring;
    private final Panel panel;
    private final AuditTrail audit;
    private final Clock clock;

    Moderation(JdbcClient jdbc, AssessedRounds rounds, Scoring scoring, Panel panel, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.scoring = scoring;
        this.panel = panel;
        this.audit = audit;
        this.clock = clock;
    }

    /** One criterion of one application: every assessor's score, the spread, and the moderated score. */
    public record Line(Criterion criterion, List<AssessorScore> scores, int spread, boolean wide, Integer suggested,
            Integer moderated, String note) {}

    public record AssessorScore(UUID account, String assessor, Score score) {}

    public record Sheet(Submission application, List<Line> lines, List<String> assessors, BigDecimal moderatedTotal) {}

    /** A row of the ranked list. Applications without a moderated total sort after the rest, by the assessors' mean. */
    public record Ranked(int rank, Submission application, int assessments, BigDecimal meanTotal,
            BigDecimal moderatedTotal, boolean wideSpread) {}

    @Transactional(readOnly = true)
    public Sheet sheet(Round round, Submission application) {
        List<Criterion> criteria = rounds.criteria(round.id());
        Map<UUID, String> names = panel.everyone(round.id());
        Map<UUID, Map<UUID, Score>> byAssessor = scoring.submittedScores(round.id()).getOrDefault(application.id(), Map.of());
        Map<UUID, Moderated> moderated = moderated(application.id());
        List<Line> lines = new ArrayList<>();
        for (Criterion criterion : criteria) {
            List<AssessorScore> scores = new ArrayList<>();
            byAssessor.forEach((account, sheet) -> {
                if (sheet.containsKey(criterion.id())) {
                    scores.add(new AssessorScore(account, names.getOrDefault(account, "?"), sheet.get(criterion.id())));
                }
            });
            scores.sort(Comparator.comparing(AssessorScore::assessor));
            List<Integer> values = scores.stream().map(s -> s.score().score()).toList();
            int spread = Weighting.spread(values);
            Moderated m = moderated.get(criterion.id());
            lines.add(new Line(criterion, scores, spread, Weighting.wide(spread), Weighting.suggested(values),
                    m == null ? null : m.score(), m == null ? "" : m.note()));
        }
        List<String> assessors = byAssessor.keySet().stream().map(a -> names.getOrDefault(a, "?")).sorted().toList();
        return new Sheet(application, lines, assessors, Weighting.total(criteria, plain(moderated)));
    }

    public void moderate(Round round, Submission application, Map<UUID, Moderated> scores) {
        if (round.decided()) {
            throw new AssessmentRefused("assessment.decided");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        String by = Actor.current().label();
        for (var entry : scores.entrySet()) {
            jdbc.sql("""
                    INSERT INTO opportunities.moderated_score (application, criterion, score, note, moderated_by, moderated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (application, criterion) DO UPDATE SET score = excluded.score, note = excluded.note,
                        moderated_by = excluded.moderated_by, moderated_at = excluded.moderated_at""")
                    .params(application.id(), entry.getKey(), entry.getValue().score(), entry.getValue().note(), by, now)
                    .update();
        }
        BigDecimal total = Weighting.total(rounds.criteria(round.id()), plain(moderated(application.id())));
        audit.record(new AuditedChange("opportunities", "moderation", application.id().toString(), "moderated",
                "Moderated the scores of " + application.reference() + (total == null ? "" : ": " + total + " out of 100")));
    }

    /** The applications ranked by their weighted moderated totals, highest first. */
    @Transactional(readOnly = true)
    public List<Ranked> ranking(Round round) {
        List<Criterion> criteria = rounds.criteria(round.id());
        Map<UUID, Map<UUID, Map<UUID, Score>>> submitted = scoring.submittedScores(round.id());
        List<Ranked> rows = new ArrayList<>();
        for (Submission application : rounds.submissions(round.id())) {
            Map<UUID, Map<UUID, Score>> byAssessor = submitted.getOrDefault(application.id(), Map.of());
            List<BigDecimal> totals = new ArrayList<>();
            Map<UUID, List<Integer>> perCriterion = new LinkedHashMap<>();
            byAssessor.values().forEach(sheet -> {
                Map<UUID, Integer> plain = new LinkedHashMap<>();
                sheet.forEach((criterion, score) -> {
                    plain.put(criterion, score.score());
                    perCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(score.score());
                });
                BigDecimal total = Weighting.total(criteria, plain);
                if (total != null) {
                    totals.add(total);
                }
            });
            BigDecimal mean = totals.isEmpty() ? null : totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(totals.size()), 2, java.math.RoundingMode.HALF_UP);
            boolean wide = perCriterion.values().stream().anyMatch(v -> Weighting.wide(Weighting.spread(v)));
            rows.add(new Ranked(0, application, byAssessor.size(), mean,
                    Weighting.total(criteria, plain(moderated(application.id()))), wide));
        }
        Comparator<BigDecimal> highFirst = Comparator.nullsLast(Comparator.reverseOrder());
        rows.sort(Comparator.comparing(Ranked::moderatedTotal, highFirst).thenComparing(Ranked::meanTotal, highFirst)
                .thenComparing(r -> r.application().reference()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Ranked r = rows.get(i);
            ranked.add(new Ranked(i + 1, r.application(), r.assessments(), r.meanTotal(), r.moderatedTotal(), r.wideSpread()));
        }
        return ranked;
    }

    public record Moderated(int score, String note) {}

    @Transactional(readOnly = true)
    public Map<UUID, Moderated> moderated(UUID application) {
        Map<UUID, Moderated> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT criterion, score, note FROM opportunities.moderated_score WHERE application = ?").param(application)
                .query((rs, n) -> scores.put(rs.getObject(1, UUID.class), new Moderated(rs.getInt(2), rs.getString(3))))
                .list();
        return scores;
    }

    private static Map<UUID, Integer> plain(Map<UUID, Moderated> moderated) {
        Map<UUID, Integer> plain = new LinkedHashMap<>();
        moderated.forEach((criterion, m) -> plain.put(criterion, m.score()));
        return plain;
    }
}

package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.socialvalue.SocialValueManagement;
import org.thirdsectorhub.socialvalue.engine.Outcome;
import org.thirdsectorhub.socialvalue.engine.SroiInput;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;

/**
 * An assessor's work on one application: the declaration of interest first, then scores against every
 * criterion, saved as they go and submitted once, after which they are locked until the lead reopens them.
 */
@Service
@Transactional
public class Scoring {

    private final JdbcClient jdbc;
    private final Panel panel;
    private final SocialValueManagement socialValue;
    private final AuditTrail audit;
    private final Clock clock;

    Scoring(JdbcClient jdbc, Panel panel, SocialValueManagement socialValue, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.panel = panel;
        this.socialValue = socialValue;
        this.audit = audit;
        this.clock = clock;
    }

    public void declare(Round round, Submission application, UUID account, boolean conflicted, String details) {
        requireAssessor(round, account);
        if (declaration(application.id(), account).isPresent()) {
            throw new AssessmentRefused("assessment.conflict.alreadyDeclared");
        }
        String text = conflicted ? details.strip() : "";
        jdbc.sql("INSERT INTO opportunities.conflict_declaration (application, account, conflicted, details, declared_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(application.id(), account, conflicted, text, Timestamp.from(Instant.now(clock))).update();
        audit.record(new AuditedChange("opportunities", "conflict declaration", application.id() + "/" + account,
                "declared", conflicted ? "Declared a conflict of interest on " + application.reference() + ": " + text
                        : "Declared no conflict of interest on " + application.reference()));
    }

    @Transactional(readOnly = true)
    public Optional<Declaration> declaration(UUID application, UUID account) {
        return jdbc.sql("SELECT * FROM opportunities.conflict_declaration WHERE application = ? AND account = ?")
                .params(application, account).query((rs, n) -> declaration(rs)).optional();
    }

    @Transactional(readOnly = true)
    public List<Declaration> declarations(UUID opportunity) {
        return jdbc.sql("""
                SELECT d.* FROM opportunities.conflict_declaration d JOIN opportunities.application a ON a.id = d.application
                WHERE a.opportunity = ? ORDER BY d.declared_at""").param(opportunity).query((rs, n) -> declaration(rs)).list();
    }

    /** Saves scores as they are so far; a submitted assessment cannot be changed. */
    public void save(Round round, Submission application, UUID account, List<Score> scores) {
        requireMayScore(round, application, account);
        jdbc.sql("INSERT INTO opportunities.assessment (application, account) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(application.id(), account).update();
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Score score : scores) {
            jdbc.sql("""
                    INSERT INTO opportunities.score (application, account, criterion, score, comment, checked_ratio,
                        deadweight, attribution, drop_off, scored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (application, account, criterion) DO UPDATE SET score = excluded.score,
                        comment = excluded.comment, checked_ratio = excluded.checked_ratio, deadweight = excluded.deadweight,
                        attribution = excluded.attribution, drop_off = excluded.drop_off, scored_at = excluded.scored_at""")
                    .params(application.id(), account, score.criterion(), score.score(), score.comment(),
                            score.checkedRatio() == null ? null : score.checkedRatio().setScale(2, RoundingMode.HALF_UP),
                            score.deadweight(), score.attribution(), score.dropOff(), now)
                    .update();
        }
        audit.record(new AuditedChange("opportunities", "assessment", application.id() + "/" + account, "scored",
                "Saved " + scores.size() + " scores for " + application.reference()));
    }

    /** Submits the assessment once every criterion has a score; it is then locked. */
    public void submit(Round round, Submission application, UUID account, List<Criterion> criteria) {
        requireMayScore(round, application, account);
        Map<UUID, Score> scores = scores(application.id(), account);
        if (criteria.stream().anyMatch(criterion -> !scores.containsKey(criterion.id()))) {
            throw new AssessmentRefused("assessment.score.incomplete");
        }
        jdbc.sql("UPDATE opportunities.assessment SET submitted_at = ? WHERE application = ? AND account = ?")
                .params(Timestamp.from(Instant.now(clock)), application.id(), account).update();
        Map<UUID, Integer> plain = new java.util.HashMap<>();
        scores.forEach((criterion, score) -> plain.put(criterion, score.score()));
        audit.record(new AuditedChange("opportunities", "assessment", application.id() + "/" + account, "submitted",
                "Submitted scores for " + application.reference() + ": " + Weighting.total(criteria, plain) + " out of 100"));
    }

    /** The lead unlocks a submitted assessment so the assessor can change it. */
    public void reopen(Round round, Submission application, UUID account) {
        if (round.decided()) {
            throw new AssessmentRefused("assessment.decided");
        }
        int changed = jdbc.sql("UPDATE opportunities.assessment SET submitted_at = NULL, reopened_at = ?, reopened_by = ? "
                        + "WHERE application = ? AND account = ? AND submitted_at IS NOT NULL")
                .params(Timestamp.from(Instant.now(clock)), org.thirdsectorhub.shared.security.Actor.current().label(),
                        application.id(), account).update();
        if (changed == 0) {
            throw new AssessmentRefused("assessment.reopen.notSubmitted");
        }
        audit.record(new AuditedChange("opportunities", "assessment", application.id() + "/" + account, "reopened",
                "Reopened the scores of " + panel.emailOf(round.id(), account).orElse("an assessor") + " for "
                        + application.reference()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, Score> scores(UUID application, UUID account) {
        Map<UUID, Score> scores = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT * FROM opportunities.score WHERE application = ? AND account = ?").params(application, account)
                .query((rs, n) -> scores.put(rs.getObject("criterion", UUID.class), new Score(
                        rs.getObject("criterion", UUID.class), rs.getInt("score"), rs.getString("comment"),
                        rs.getBigDecimal("checked_ratio"), rs.getBigDecimal("deadweight"), rs.getBigDecimal("attribution"),
                        rs.getBigDecimal("drop_off"))))
                .list();
        return scores;
    }

    @Transactional(readOnly = true)
    public boolean submitted(UUID application, UUID account) {
        return jdbc.sql("SELECT count(*) FROM opportunities.assessment WHERE application = ? AND account = ? "
                + "AND submitted_at IS NOT NULL").params(application, account).query(Integer.class).single() > 0;
    }

    /** Submitted assessments of a round: application → account → criterion → score. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, Map<UUID, Score>>> submittedScores(UUID opportunity) {
        Map<UUID, Map<UUID, Map<UUID, Score>>> all = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT s.* FROM opportunities.score s
                JOIN opportunities.assessment x ON x.application = s.application AND x.account = s.account
                JOIN opportunities.application a ON a.id = s.application
                WHERE a.opportunity = ? AND x.submitted_at IS NOT NULL""").param(opportunity)
                .query((rs, n) -> all.computeIfAbsent(rs.getObject("application", UUID.class), k -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(rs.getObject("account", UUID.class), k -> new java.util.LinkedHashMap<>())
                        .put(rs.getObject("criterion", UUID.class), new Score(rs.getObject("criterion", UUID.class),
                                rs.getInt("score"), rs.getString("comment"), rs.getBigDecimal("checked_ratio"),
                                rs.getBigDecimal("deadweight"), rs.getBigDecimal("attribution"), rs.getBigDecimal("drop_off"))))
                .list();
        return all;
    }

    /**
     * The applicant's forecast recalculated with the assessor's own deadweight, attribution and drop-off
     * (fractions, applied to every outcome).
     *
     * @return the ratio, or empty when the forecast cannot be recalculated
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> check(SroiForecast forecast, BigDecimal deadweight, BigDecimal attribution,
            BigDecimal dropOff) {
        if (forecast == null || !forecast.checkable()) {
            return Optional.empty();
        }
        List<Outcome> adjusted = new ArrayList<>();
        for (Outcome o : forecast.input().outcomes()) {
            adjusted.add(new Outcome(o.name(), o.stakeholder(), o.indicator(), o.quantity(), o.proxyValue(),
                    o.proxySource(), o.proxyId(), o.durationYears(), o.startYear(), deadweight, o.displacement(),
                    attribution, dropOff, o.uncertainty(), o.evidence()));
        }
        try {
            SroiInput input = forecast.input().withOutcomes(adjusted);
            return Optional.ofNullable(socialValue.calculate(input).ratio()).map(r -> r.setScale(2, RoundingMode.HALF_UP));
        } catch (SroiValidationException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private void requireAssessor(Round round, UUID account) {
        if (!panel.member(round.id(), account)) {
            throw new AccessDeniedException("not an assessor of " + round.reference());
        }
        if (round.decided()) {
            throw new AssessmentRefused("assessment.decided");
        }
    }

    private void requireMayScore(Round round, Submission application, UUID account) {
        requireAssessor(round, account);
        Declaration declaration = declaration(application.id(), account)
                .orElseThrow(() -> new AssessmentRefused("assessment.conflict.notDeclared"));
        if (declaration.conflicted()) {
            throw new ConflictOfInterest(application.reference());
        }
        if (submitted(application.id(), account)) {
            throw new AssessmentRefused("assessment.score.locked");
        }
    }

    private static Declaration declaration(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Declaration(rs.getObject("application", UUID.class), rs.getObject("account", UUID.class),
                rs.getBoolean("conflicted"), rs.getString("details"), AssessedRounds.instant(rs, "declared_at"));
    }

    /** An assessor who declared a conflict of interest may not score that application. */
    public static class ConflictOfInterest extends AccessDeniedException {
        public ConflictOfInterest(String application) {
            super("conflict of interest declared on " + application);
        }
    }
}

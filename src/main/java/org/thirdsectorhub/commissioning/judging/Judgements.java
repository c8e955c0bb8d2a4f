package org.thirdsectorhub.commissioning.judging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.conformance.ConformanceEngine;
import org.thirdsectorhub.commissioning.conformance.EvidenceRef;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.conformance.RuleResult;
import org.thirdsectorhub.commissioning.conformance.Status;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the conformance engine whenever evidence changes and keeps every judgement with the rule and
 * thresholds versions it was made under; the newest judgement of each rule is the current one.
 */
@Service
@Transactional
public class Judgements {

    private final ConformanceEngine engine = new ConformanceEngine();
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ThresholdsStore thresholds;
    private final JsonMapper json;
    private final Clock clock;

    Judgements(JdbcClient jdbc, JdbcTemplate batch, ThresholdsStore thresholds, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.thresholds = thresholds;
        this.json = json;
        this.clock = clock;
    }

    public List<RuleResult> judge(ExerciseEvidence exercise, int version, UUID owner) {
        ThresholdsStore.Versioned current = thresholds.current();
        List<RuleResult> results = engine.check(exercise, current.thresholds());
        store("EXERCISE", exercise.id(), version, owner, current.version(), results);
        return results;
    }

    public List<RuleResult> judge(AwardEvidence award, int version, UUID owner) {
        ThresholdsStore.Versioned current = thresholds.current();
        List<RuleResult> results = engine.check(award, current.thresholds());
        store("AWARD", award.id(), version, owner, current.version(), results);
        return results;
    }

    @Transactional(readOnly = true)
    public List<RuleResult> current(String subjectType, UUID subject) {
        return jdbc.sql("""
                SELECT rule, title, status, explanation, evidence::text AS evidence, rule_version
                FROM commissioning.conformance_result WHERE subject_type = ? AND subject_id = ? AND current
                ORDER BY CASE WHEN rule LIKE 'P%' THEN 0 ELSE 1 END, length(rule), rule""")
                .params(subjectType, subject)
                .query((rs, n) -> new RuleResult(rs.getString("rule"), rs.getString("title"),
                        Status.valueOf(rs.getString("status")), rs.getString("explanation"),
                        json.readValue(rs.getString("evidence"), new TypeReference<List<EvidenceRef>>() {}),
                        rs.getInt("rule_version")))
                .list();
    }

    /**
     * Judges every exercise and award again, e.g. after new thresholds are agreed. Evidence is read in
     * one pass and judgements written in JDBC batches.
     */
    public int judgeEverything() {
        ThresholdsStore.Versioned current = thresholds.current();
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("SELECT id, version, owner_organisation, evidence::text AS evidence FROM commissioning.exercise")
                .query(rs -> {
                    ExerciseEvidence evidence = json.readValue(rs.getString("evidence"), ExerciseEvidence.class);
                    rows.addAll(rows("EXERCISE", rs.getObject("id", UUID.class), rs.getInt("version"),
                            rs.getObject("owner_organisation", UUID.class), current.version(),
                            engine.check(evidence, current.thresholds()), now));
                });
        jdbc.sql("SELECT id, version, funder_organisation, evidence::text AS evidence FROM commissioning.award")
                .query(rs -> {
                    AwardEvidence evidence = json.readValue(rs.getString("evidence"), AwardEvidence.class);
                    rows.addAll(rows("AWARD", rs.getObject("id", UUID.class), rs.getInt("version"),
                            rs.getObject("funder_organisation", UUID.class), current.version(),
                            engine.check(evidence, current.thresholds()), now));
                });
        jdbc.sql("UPDATE commissioning.conformance_result SET current = FALSE WHERE current").update();
        batch.batchUpdate(INSERT, rows);
        return rows.size();
    }

    private void store(String type, UUID subject, int version, UUID owner, int thresholdsVersion, List<RuleResult> results) {
        jdbc.sql("UPDATE commissioning.conformance_result SET current = FALSE WHERE subject_type = ? AND subject_id = ? AND current")
                .params(type, subject).update();
        batch.batchUpdate(INSERT, rows(type, subject, version, owner, thresholdsVersion, results,
                Timestamp.from(Instant.now(clock))));
    }

    private List<Object[]> rows(String type, UUID subject, int version, UUID owner, int thresholdsVersion,
            List<RuleResult> results, Timestamp now) {
        return results.stream().map(result -> new Object[] {UUID.randomUUID(), type, subject, version, owner,
                result.rule(), result.ruleVersion(), thresholdsVersion, result.status().name(), result.title(),
                result.explanation(), json.writeValueAsString(result.evidence()), now}).toList();
    }

    private static final String INSERT = """
            INSERT INTO commissioning.conformance_result (id, subject_type, subject_id, subject_version,
                owner_organisation, rule, rule_version, thresholds_version, status, title, explanation, evidence,
                judged_at, current)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, TRUE)""";
}

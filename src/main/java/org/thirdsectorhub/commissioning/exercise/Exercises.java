package org.thirdsectorhub.commissioning.exercise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.organisations.MarketSummary;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisSummary;
import org.thirdsectorhub.socialvalue.SocialValueManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * Commissioning exercises through analyse, plan, do and review. Every change to the evidence is a new
 * version, judged again against the principles and the Compact, and audited.
 */
@Service
@Transactional
public class Exercises {

    private static final List<String> STAGES = List.of("ANALYSE", "PLAN", "DO", "REVIEW");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Judgements judgements;
    private final OrganisationManagement organisations;
    private final SocialValueManagement socialValue;
    private final AuditTrail audit;
    private final Clock clock;

    Exercises(JdbcClient jdbc, JsonMapper json, Judgements judgements, OrganisationManagement organisations,
            SocialValueManagement socialValue, AuditTrail audit, Clock clock) {
        this.socialValue = socialValue;
        this.jdbc = jdbc;
        this.json = json;
        this.judgements = judgements;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID start(NewExercise exercise) {
        UUID id = UUID.randomUUID();
        ExerciseEvidence evidence = new ExerciseEvidence(id, exercise.title(), "ANALYSE", null, null, null, null, null,
                false, null, null, null, null, null, null, null, null);
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                INSERT INTO commissioning.exercise (id, title, owner_organisation, owner_name, partners, stage, service_area,
                    purpose_codes, ward_codes, evidence, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, 'ANALYSE', ?, ?, ?, ?::jsonb, ?, ?, 1)""")
                .params(id, exercise.title(), exercise.ownerOrganisation(), exercise.ownerName(),
                        exercise.partners() == null ? "" : exercise.partners(), exercise.serviceArea(),
                        String.join(",", exercise.purposeCodes()), String.join(",", exercise.wardCodes()),
                        json.writeValueAsString(evidence), now, now)
                .update();
        judgements.judge(evidence, 1, exercise.ownerOrganisation());
        audit.record(new AuditedChange("commissioning", "exercise", id.toString(), "started",
                "Started the commissioning exercise \"" + exercise.title() + "\" for " + exercise.ownerName()));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Exercise> find(UUID id) {
        return jdbc.sql("SELECT *, evidence::text AS evidence_json FROM commissioning.exercise WHERE id = ?").param(id)
                .query((rs, n) -> new Exercise(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("owner_organisation", UUID.class), rs.getString("owner_name"), rs.getString("partners"),
                        rs.getString("stage"), rs.getString("service_area"), split(rs.getString("purpose_codes")),
                        split(rs.getString("ward_codes")),
                        json.readValue(rs.getString("evidence_json"), ExerciseEvidence.class), rs.getInt("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Exercise> all() {
        return jdbc.sql("SELECT id FROM commissioning.exercise ORDER BY updated_at DESC").query(UUID.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** Records more evidence; {@code summary} says what, for the audit trail. */
    public void record(UUID id, UnaryOperator<ExerciseEvidence> change, String summary) {
        Exercise exercise = find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        ExerciseEvidence updated = change.apply(exercise.evidence());
        int version = exercise.version() + 1;
        jdbc.sql("UPDATE commissioning.exercise SET evidence = ?::jsonb, stage = ?, updated_at = ?, version = ? WHERE id = ?")
                .params(json.writeValueAsString(updated), updated.stage(), Timestamp.from(Instant.now(clock)), version, id)
                .update();
        judgements.judge(updated, version, exercise.ownerOrganisation());
        audit.record(new AuditedChange("commissioning", "exercise", id.toString(), "evidence recorded",
                summary + " (\"" + exercise.title() + "\", version " + version + ")"));
    }

    /** Moves the exercise to the next stage of the cycle. */
    public void advance(UUID id) {
        record(id, evidence -> {
            int next = Math.min(STAGES.indexOf(evidence.stage()) + 1, STAGES.size() - 1);
            return EvidenceChanges.stage(evidence, STAGES.get(next));
        }, "Moved the exercise on in the cycle");
    }

    /** Maps the market again from the register and records the map as evidence. */
    public MarketSummary refreshMarketMap(UUID id) {
        Exercise exercise = find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        MarketSummary market = organisations.marketFor(Set.copyOf(exercise.purposeCodes()), Set.copyOf(exercise.wardCodes()));
        record(id, evidence -> EvidenceChanges.marketMap(evidence, new ExerciseEvidence.MarketMap(LocalDate.now(clock),
                market.organisations(), market.thirdSector(), "/commissioning/exercises/" + id + "#market-map")),
                "Mapped the market: " + market.organisations() + " organisations");
        return market;
    }

    /**
     * Attaches an SROI forecast from the social value module to the exercise's specification. Returns
     * false when there is no forecast with that id.
     */
    public boolean attachForecast(UUID id, UUID analysis) {
        var forecast = socialValue.find(analysis).filter(found -> found.kind() == AnalysisKind.FORECAST);
        if (forecast.isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE commissioning.exercise SET sroi_analysis = ? WHERE id = ?").params(analysis, id).update();
        record(id, evidence -> EvidenceChanges.forecastAttached(evidence),
                "Attached the SROI forecast \"" + forecast.get().title() + "\" to the specification");
        return true;
    }

    /** The SROI forecast attached to the exercise, if any. */
    @Transactional(readOnly = true)
    public Optional<AnalysisSummary> forecast(UUID id) {
        return jdbc.sql("SELECT sroi_analysis FROM commissioning.exercise WHERE id = ? AND sroi_analysis IS NOT NULL")
                .param(id).query(UUID.class).optional().flatMap(socialValue::find);
    }

    @Transactional(readOnly = true)
    public MarketSummary market(UUID id) {
        Exercise exercise = find(id).orElseThrow(() -> new NotFoundException("exercise " + id));
        return organisations.marketFor(Set.copyOf(exercise.purposeCodes()), Set.copyOf(exercise.wardCodes()));
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}

package org.thirdsectorhub.opportunities.round;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Grant rounds and tenders from draft to publication, closing and cancellation. Every change is
 * audited; publishing and changes to an open opportunity tell its followers.
 */
@Service
@Transactional
public class Rounds {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Following following;
    private final AuditTrail audit;
    private final Clock clock;

    Rounds(JdbcClient jdbc, Following following, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.following = following;
        this.audit = audit;
        this.clock = clock;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** Starts a draft and gives it the next reference of its kind and year, such as MK-GR-2026-001. */
    public Round create(NewRound round) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(now());
        String reference = nextReference(round.kind());
        jdbc.sql("""
                INSERT INTO opportunities.opportunity (id, reference, kind, exercise, owner_organisation, owner_name, title,
                    total_budget, ward_codes, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(id, reference, round.kind(), round.exercise(), round.ownerOrganisation(), round.ownerName(),
                        round.title(), round.totalBudget(), String.join(",", round.wardCodes()), Actor.current().label(),
                        now, now)
                .update();
        audit.record(new AuditedChange("opportunities", "opportunity", id.toString(), "created",
                "Started " + kindWords(round.kind()) + " " + reference + " \"" + round.title() + "\" for " + round.ownerName()));
        return find(id).orElseThrow();
    }

    private String nextReference(String kind) {
        int year = LocalDate.now(clock.withZone(LONDON)).getYear();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('opportunities.reference'))").query().listOfRows();
        int last = jdbc.sql("""
                SELECT coalesce(max(substring(reference from '([0-9]+)$')::int), 0) FROM opportunities.opportunity
                WHERE reference LIKE ?""").param("MK-%-" + year + "-%").query(Integer.class).single();
        return "MK-" + ("GRANT_ROUND".equals(kind) ? "GR" : "T") + "-" + year + "-" + String.format("%03d", last + 1);
    }

    @Transactional(readOnly = true)
    public Optional<Round> find(UUID id) {
        return jdbc.sql("SELECT * FROM opportunities.opportunity WHERE id = ?").param(id).query(this::round).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Round> findByReference(String reference) {
        return jdbc.sql("SELECT * FROM opportunities.opportunity WHERE reference = ?").param(reference)
                .query(this::round).optional();
    }

    public Round require(String reference) {
        return findByReference(reference).orElseThrow(() -> new NotFoundException("opportunity " + reference));
    }

    /** Published opportunities: open ones first, soonest deadline first; kind and status may be null for all. */
    @Transactional(readOnly = true)
    public List<Round> published(String kind, String status) {
        Instant now = now();
        return jdbc.sql("""
                SELECT * FROM opportunities.opportunity WHERE published_at IS NOT NULL AND (:kind = '' OR kind = :kind)
                ORDER BY CASE WHEN status = 'OPEN' AND closes_at > :now THEN 0 ELSE 1 END, closes_at, reference""")
                .param("kind", kind == null ? "" : kind).param("now", Timestamp.from(now))
                .query(this::round).list().stream()
                .filter(round -> status == null || status.isBlank() || round.status(now).equals(status)).toList();
    }

    /** Every opportunity of these bodies, drafts included, newest first. */
    @Transactional(readOnly = true)
    public List<Round> ownedBy(Collection<UUID> bodies) {
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM opportunities.opportunity WHERE owner_organisation IN (:bodies) ORDER BY created_at DESC")
                .param("bodies", bodies).query(this::round).list();
    }

    public void update(UUID id, RoundDetails details) {
        Round round = find(id).orElseThrow(() -> new NotFoundException("opportunity " + id));
        requireEditable(round);
        jdbc.sql("""
                UPDATE opportunities.opportunity SET title = ?, summary = ?, description = ?, eligibility = ?,
                    total_budget = ?, minimum_award = ?, maximum_award = ?, procurement_category = ?, procurement_method = ?,
                    suitable_for_sme = ?, suitable_for_vcse = ?, ward_codes = ?, opens_at = ?, clarifications_close_at = ?,
                    closes_at = ?, decision_expected_on = ?, starts_on = ?, ends_on = ?, updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(details.title(), details.summary(), details.description(), details.eligibility(),
                        details.totalBudget(), details.minimumAward(), details.maximumAward(),
                        details.procurementCategory(), details.procurementMethod(), details.suitableForSme(),
                        details.suitableForVcse(), String.join(",", details.wardCodes()), timestamp(details.opensAt()),
                        timestamp(details.clarificationsCloseAt()), timestamp(details.closesAt()),
                        date(details.decisionExpectedOn()), date(details.startsOn()), date(details.endsOn()),
                        Timestamp.from(now()), id)
                .update();
        audit.record(new AuditedChange("opportunities", "opportunity", id.toString(), "updated",
                "Changed the details of " + round.reference() + " \"" + details.title() + "\""));
        if (round.published()) {
            following.changed(find(id).orElseThrow());
        }
    }

    /** Replaces the criteria; their weights must add up to 100 with at most one for social value. */
    public void replaceCriteria(UUID id, List<Round.Criterion> criteria) {
        Round round = find(id).orElseThrow(() -> new NotFoundException("opportunity " + id));
        requireEditable(round);
        if (criteria.stream().mapToInt(Round.Criterion::weight).sum() != 100
                || criteria.stream().filter(Round.Criterion::socialValue).count() > 1) {
            throw new IllegalArgumentException("criteria weights must add up to 100, with at most one for social value");
        }
        jdbc.sql("DELETE FROM opportunities.criterion WHERE opportunity = ?").param(id).update();
        int position = 1;
        for (Round.Criterion criterion : criteria) {
            jdbc.sql("""
                    INSERT INTO opportunities.criterion (id, opportunity, position, title, guidance, weight, social_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, position++, criterion.title(), criterion.guidance(), criterion.weight(),
                            criterion.socialValue())
                    .update();
        }
        jdbc.sql("UPDATE opportunities.opportunity SET updated_at = ?, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(now()), id).update();
        audit.record(new AuditedChange("opportunities", "opportunity", id.toString(), "criteria set",
                "Set " + criteria.size() + " criteria for " + round.reference()));
        if (round.published()) {
            following.changed(find(id).orElseThrow());
        }
    }

    /** Publishes a complete draft; returns the message keys of what is missing, and publishes nothing then. */
    public List<String> publish(UUID id) {
        Round round = find(id).orElseThrow(() -> new NotFoundException("opportunity " + id));
        if (!"DRAFT".equals(round.storedStatus())) {
            throw new RefusedChange("opportunities.refused.notDraft");
        }
        List<String> missing = round.missingForPublication(now());
        if (!missing.isEmpty()) {
            return missing;
        }
        Timestamp now = Timestamp.from(now());
        jdbc.sql("""
                UPDATE opportunities.opportunity SET status = 'OPEN', published_at = ?, opens_at = coalesce(opens_at, ?),
                    updated_at = ?, version = version + 1 WHERE id = ?""")
                .params(now, now, now, id).update();
        audit.record(new AuditedChange("opportunities", "opportunity", id.toString(), "published",
                "Published " + round.reference() + " \"" + round.title() + "\""));
        following.published(find(id).orElseThrow());
        return List.of();
    }

    public void cancel(UUID id, String reason) {
        Round round = find(id).orElseThrow(() -> new NotFoundException("opportunity " + id));
        if (!round.editable(now()) && !"CLOSED".equals(round.status(now()))) {
            throw new RefusedChange("opportunities.refused.notCancellable");
        }
        Timestamp now = Timestamp.from(now());
        jdbc.sql("""
                UPDATE opportunities.opportunity SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ?,
                    updated_at = ?, version = version + 1 WHERE id = ?""")
                .params(now, reason, now, id).update();
        audit.record(new AuditedChange("opportunities", "opportunity", id.toString(), "cancelled",
                "Cancelled " + round.reference() + " \"" + round.title() + "\": " + reason));
        if (round.published()) {
            following.changed(find(id).orElseThrow());
        }
    }

    /** Stores CLOSED for open opportunities past their deadline (pages already show them closed). */
    @Scheduled(fixedDelayString = "${hub.opportunities.close-interval:PT1M}")
    public void closeDue() {
        jdbc.sql("""
                UPDATE opportunities.opportunity SET status = 'CLOSED', updated_at = :now
                WHERE status = 'OPEN' AND closes_at <= :now""")
                .param("now", Timestamp.from(now())).update();
    }

    private void requireEditable(Round round) {
        if (!round.editable(now())) {
            throw new RefusedChange("opportunities.refused.notEditable");
        }
    }

    private Round round(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Round.Criterion> criteria = jdbc.sql("""
                SELECT position, title, guidance, weight, social_value FROM opportunities.criterion
                WHERE opportunity = ? ORDER BY position""").param(id)
                .query((c, n) -> new Round.Criterion(c.getInt(1), c.getString(2), c.getString(3), c.getInt(4),
                        c.getBoolean(5)))
                .list();
        String wards = rs.getString("ward_codes");
        return new Round(id, rs.getString("reference"), rs.getString("kind"), rs.getObject("exercise", UUID.class),
                rs.getObject("owner_organisation", UUID.class), rs.getString("owner_name"), rs.getString("title"),
                rs.getString("summary"), rs.getString("description"), rs.getString("eligibility"),
                rs.getBigDecimal("total_budget"), rs.getBigDecimal("minimum_award"), rs.getBigDecimal("maximum_award"),
                rs.getString("procurement_category"), rs.getString("procurement_method"),
                rs.getBoolean("suitable_for_sme"), rs.getBoolean("suitable_for_vcse"),
                wards == null || wards.isBlank() ? List.of() : Arrays.asList(wards.split(",")),
                instant(rs, "opens_at"), instant(rs, "clarifications_close_at"), instant(rs, "closes_at"),
                rs.getObject("decision_expected_on", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), instant(rs, "published_at"),
                instant(rs, "cancelled_at"), rs.getString("cancel_reason"), criteria);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static String kindWords(String kind) {
        return "GRANT_ROUND".equals(kind) ? "the grant round" : "the tender";
    }
}

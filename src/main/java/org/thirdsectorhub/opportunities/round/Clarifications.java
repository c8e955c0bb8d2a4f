package org.thirdsectorhub.opportunities.round;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Clarification questions asked by organisations, answered by the owner and published to everyone. */
@Service
@Transactional
public class Clarifications {

    private final JdbcClient jdbc;
    private final Following following;
    private final AuditTrail audit;
    private final Clock clock;

    Clarifications(JdbcClient jdbc, Following following, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.following = following;
        this.audit = audit;
        this.clock = clock;
    }

    /** A question; organisation is who asked, never shown publicly. */
    public record Clarification(UUID id, UUID opportunity, String question, UUID organisation, String askedBy,
            Instant askedAt, String answer, Instant publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    public UUID ask(Round round, UUID organisation, String question) {
        if (!round.acceptsQuestions(Instant.now(clock))) {
            throw new RefusedChange("opportunities.refused.questionsClosed");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.clarification (id, opportunity, question, organisation, asked_by, asked_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, round.id(), question, organisation, Actor.current().label(), Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(new AuditedChange("opportunities", "clarification", id.toString(), "asked",
                "Asked a clarification question about " + round.reference()));
        return id;
    }

    /** Answers the question and publishes the answer, telling followers and organisations drafting an application. */
    public void answerAndPublish(Round round, UUID id, String answer) {
        Clarification clarification = find(id);
        if (!clarification.opportunity().equals(round.id())) {
            throw new NotFoundException("clarification " + id);
        }
        jdbc.sql("""
                UPDATE opportunities.clarification SET answer = ?, answered_by = ?, published_at = ? WHERE id = ?""")
                .params(answer, Actor.current().label(), Timestamp.from(Instant.now(clock)), id).update();
        audit.record(new AuditedChange("opportunities", "clarification", id.toString(), "answered",
                "Answered and published a clarification question about " + round.reference()));
        following.clarified(round, clarification.question(), answer);
    }

    @Transactional(readOnly = true)
    public Clarification find(UUID id) {
        return jdbc.sql("SELECT * FROM opportunities.clarification WHERE id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("clarification " + id));
    }

    @Transactional(readOnly = true)
    public List<Clarification> published(UUID opportunity) {
        return jdbc.sql("""
                SELECT * FROM opportunities.clarification WHERE opportunity = ? AND published_at IS NOT NULL
                ORDER BY published_at, asked_at""").param(opportunity).query(this::row).list();
    }

    /** Every question, unanswered first, for the owner. */
    @Transactional(readOnly = true)
    public List<Clarification> all(UUID opportunity) {
        return jdbc.sql("""
                SELECT * FROM opportunities.clarification WHERE opportunity = ?
                ORDER BY published_at IS NOT NULL, asked_at""").param(opportunity).query(this::row).list();
    }

    private Clarification row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Clarification(rs.getObject("id", UUID.class), rs.getObject("opportunity", UUID.class),
                rs.getString("question"), rs.getObject("organisation", UUID.class), rs.getString("asked_by"),
                Rounds.instant(rs, "asked_at"), rs.getString("answer"), Rounds.instant(rs, "published_at"));
    }
}

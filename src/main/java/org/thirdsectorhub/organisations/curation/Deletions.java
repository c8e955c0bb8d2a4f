package org.thirdsectorhub.organisations.curation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Soft delete with a recovery window ({@code hub.register.recovery-window}, 30 days by default): a
 * deleted organisation disappears from the directory and the APIs at once, an officer can restore it
 * within the window, and after it the record is purged for good, by a nightly job or by an officer who
 * wants it gone sooner than the night. Nothing can be purged inside the window, so a mistaken delete
 * is always recoverable for the whole window.
 */
@Service
@Transactional
public class Deletions {

    public enum Outcome { DONE, NOT_APPLICABLE, OUTSIDE_WINDOW, INSIDE_WINDOW }

    public record Deleted(UUID id, String name, Instant deletedAt, String deletedBy, Instant purgeableFrom,
            boolean restorable) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration window;

    Deletions(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${hub.register.recovery-window:P30D}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    public Outcome delete(UUID id, String reason) {
        String name = name(id);
        int changed = jdbc.sql("""
                UPDATE organisations.organisation SET deleted_at = ?, deleted_by = ?
                WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL""")
                .params(Timestamp.from(Instant.now(clock)), Actor.current().label(), id).update();
        if (changed == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "deleted",
                "Deleted " + name + " (can be restored for " + window.toDays() + " days): " + reason));
        return Outcome.DONE;
    }

    public Outcome restore(UUID id) {
        String name = name(id);
        int changed = jdbc.sql("""
                UPDATE organisations.organisation SET deleted_at = NULL, deleted_by = NULL
                WHERE id = ? AND deleted_at IS NOT NULL AND deleted_at > ?""")
                .params(id, Timestamp.from(Instant.now(clock).minus(window))).update();
        if (changed == 0) {
            return isDeleted(id) ? Outcome.OUTSIDE_WINDOW : Outcome.NOT_APPLICABLE;
        }
        // A rejected new group that is restored goes back to waiting for approval.
        jdbc.sql("UPDATE organisations.group_submission SET status = 'PENDING' WHERE organisation = ? AND status = 'REJECTED'")
                .param(id).update();
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "restored", "Restored " + name));
        return Outcome.DONE;
    }

    /** Removes a deleted organisation for good, once its recovery window has passed. */
    public Outcome purge(UUID id) {
        String name = name(id);
        if (!isDeleted(id)) {
            return Outcome.NOT_APPLICABLE;
        }
        int removed = jdbc.sql("DELETE FROM organisations.organisation WHERE id = ? AND deleted_at <= ?")
                .params(id, Timestamp.from(Instant.now(clock).minus(window))).update();
        if (removed == 0) {
            return Outcome.INSIDE_WINDOW;
        }
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "purged",
                "Purged " + name + " from the register"));
        return Outcome.DONE;
    }

    @Scheduled(cron = "${hub.register.purge-cron:0 30 3 * * *}")
    public void purgeExpired() {
        List<UUID> expired = jdbc.sql("SELECT id FROM organisations.organisation WHERE deleted_at <= ?")
                .param(Timestamp.from(Instant.now(clock).minus(window))).query(UUID.class).list();
        for (UUID id : expired) {
            String name = name(id);
            jdbc.sql("DELETE FROM organisations.organisation WHERE id = ?").param(id).update();
            audit.record(new AuditedChange("organisations", "organisation", id.toString(), "purged",
                    "Purged " + name + " after its recovery window"), Actor.SYSTEM);
        }
    }

    @Transactional(readOnly = true)
    public List<Deleted> deleted() {
        Instant now = Instant.now(clock);
        return jdbc.sql("""
                SELECT id, name, deleted_at, deleted_by FROM organisations.organisation WHERE deleted_at IS NOT NULL
                ORDER BY deleted_at DESC, id LIMIT 500""")
                .query((rs, n) -> {
                    Instant at = rs.getTimestamp("deleted_at").toInstant();
                    return new Deleted(rs.getObject("id", UUID.class), rs.getString("name"), at,
                            rs.getString("deleted_by"), at.plus(window), at.plus(window).isAfter(now));
                })
                .list();
    }

    private boolean isDeleted(UUID id) {
        return jdbc.sql("SELECT deleted_at IS NOT NULL FROM organisations.organisation WHERE id = ?").param(id)
                .query(Boolean.class).single();
    }

    private String name(UUID id) {
        return jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("organisation " + id));
    }
}

package org.thirdsectorhub.organisations.curation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.register.ProfileDifferences;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profile edits by an organisation's admin wait for an infrastructure officer: proposed, then approved
 * (applied as a new version, marked as a local edit) or rejected with a reason; the proposer is told by
 * email either way. Officers can also roll a profile back to any earlier version, as a new version.
 */
@Service
@Transactional
public class ProfileChanges {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RegisterService register;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    ProfileChanges(JdbcClient jdbc, JsonMapper json, RegisterService register, AuditTrail audit, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.register = register;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Pending(UUID id, UUID organisation, String organisationName, String proposedBy, Instant proposedAt,
            String note, int changedFields) {}

    public record Review(UUID id, UUID organisation, String organisationName, String status, String proposedBy,
            Instant proposedAt, String note, boolean stale, List<ProfileDifferences.Difference> differences,
            String decidedBy, String decisionReason) {}

    public record Version(int number, Instant changedAt, String changedBy, String summary,
            List<ProfileDifferences.Difference> differences) {}

    /** Proposes a new profile; nothing changes in the register until an officer approves it. */
    public UUID propose(UUID organisation, OrganisationDraft proposed, String note, Actor proposer) {
        int base = currentVersion(organisation);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organisations.profile_change (id, organisation, base_version, proposed, note, status,
                    proposed_by, proposed_by_email, proposed_at) VALUES (?, ?, ?, ?::jsonb, ?, 'PENDING', ?, ?, ?)""")
                .params(id, organisation, base, json.writeValueAsString(proposed), note == null ? "" : note.strip(),
                        proposer.userId(), proposer.label(), Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(new AuditedChange("organisations", "profile change", id.toString(), "proposed",
                "Proposed a change to " + proposed.name() + ": "
                        + ProfileDifferences.between(register.latestVersion(organisation).orElseThrow(), proposed).summary()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Pending> pending() {
        return jdbc.sql("""
                SELECT c.id, c.organisation, o.name, c.proposed_by_email, c.proposed_at, c.note, c.proposed::text AS proposed
                FROM organisations.profile_change c JOIN organisations.organisation o ON o.id = c.organisation
                WHERE c.status = 'PENDING' ORDER BY c.proposed_at, c.id""")
                .query((rs, n) -> {
                    UUID organisation = rs.getObject("organisation", UUID.class);
                    OrganisationDraft proposed = json.readValue(rs.getString("proposed"), OrganisationDraft.class);
                    int changed = register.latestVersion(organisation)
                            .map(current -> ProfileDifferences.between(current, proposed).differences().size()).orElse(0);
                    return new Pending(rs.getObject("id", UUID.class), organisation, rs.getString("name"),
                            rs.getString("proposed_by_email"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("note"),
                            changed);
                })
                .list();
    }

    @Transactional(readOnly = true)
    public Review review(UUID id) {
        Row row = row(id);
        OrganisationDraft current = register.latestVersion(row.organisation()).orElseThrow();
        return new Review(id, row.organisation(), current.name(), row.status(), row.proposedBy(), row.proposedAt(),
                row.note(), row.baseVersion() != currentVersion(row.organisation()) && row.status().equals("PENDING"),
                ProfileDifferences.between(current, row.proposed()).differences(), row.decidedBy(), row.decisionReason());
    }

    /** Applies the proposed profile as a new version; false if the change was already decided. */
    public boolean approve(UUID id, String reason) {
        Row row = row(id);
        if (!decide(id, "APPROVED", reason)) {
            return false;
        }
        register.update(row.organisation(), row.proposed(), true, "approved change proposed by " + row.proposedBy());
        audit.record(new AuditedChange("organisations", "profile change", id.toString(), "approved",
                "Approved the change to " + row.proposed().name() + " proposed by " + row.proposedBy()
                        + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")));
        tell(row, "approved", reason);
        return true;
    }

    public boolean reject(UUID id, String reason) {
        Row row = row(id);
        if (!decide(id, "REJECTED", reason)) {
            return false;
        }
        audit.record(new AuditedChange("organisations", "profile change", id.toString(), "rejected",
                "Rejected the change to " + row.proposed().name() + " proposed by " + row.proposedBy() + ": " + reason));
        tell(row, "rejected", reason);
        return true;
    }

    /** Every version of the profile, newest first, each with its differences from the one before. */
    @Transactional(readOnly = true)
    public List<Version> history(UUID organisation) {
        record Stored(int number, Instant at, String by, String summary, OrganisationDraft draft) {}
        List<Stored> stored = jdbc.sql("""
                SELECT number, changed_at, changed_by, summary, snapshot::text AS snapshot FROM organisations.organisation_version
                WHERE organisation = ? ORDER BY number""")
                .param(organisation)
                .query((rs, n) -> new Stored(rs.getInt("number"), rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"), rs.getString("summary"),
                        json.readValue(rs.getString("snapshot"), OrganisationDraft.class)))
                .list();
        if (stored.isEmpty()) {
            throw new NotFoundException("organisation " + organisation);
        }
        List<Version> versions = new ArrayList<>();
        for (int i = stored.size() - 1; i >= 0; i--) {
            Stored version = stored.get(i);
            List<ProfileDifferences.Difference> differences = i == 0 ? List.of()
                    : ProfileDifferences.between(stored.get(i - 1).draft(), version.draft()).differences();
            versions.add(new Version(version.number(), version.at(), version.by(), version.summary(), differences));
        }
        return versions;
    }

    /** Restores an earlier version's profile as a new version; false if it is already the current profile. */
    public boolean rollBack(UUID organisation, int number, String reason) {
        OrganisationDraft snapshot = jdbc.sql("""
                SELECT snapshot::text FROM organisations.organisation_version WHERE organisation = ? AND number = ?""")
                .params(organisation, number).query(String.class).optional()
                .map(text -> json.readValue(text, OrganisationDraft.class))
                .orElseThrow(() -> new NotFoundException("version " + number + " of " + organisation));
        if (register.latestVersion(organisation).orElseThrow().equals(snapshot)) {
            return false;
        }
        register.update(organisation, snapshot, true, "rolled back to version " + number
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")"));
        audit.record(new AuditedChange("organisations", "organisation", organisation.toString(), "rolled back",
                "Rolled " + snapshot.name() + " back to version " + number));
        return true;
    }

    public Optional<UUID> organisationOf(UUID change) {
        return jdbc.sql("SELECT organisation FROM organisations.profile_change WHERE id = ?").param(change)
                .query(UUID.class).optional();
    }

    private int currentVersion(UUID organisation) {
        return jdbc.sql("SELECT coalesce(max(number), 0) FROM organisations.organisation_version WHERE organisation = ?")
                .param(organisation).query(Integer.class).single();
    }

    private boolean decide(UUID id, String status, String reason) {
        return jdbc.sql("""
                UPDATE organisations.profile_change SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                WHERE id = ? AND status = 'PENDING'""")
                .params(status, Actor.current().label(), Timestamp.from(Instant.now(clock)),
                        reason == null ? "" : reason.strip(), id)
                .update() == 1;
    }

    private void tell(Row row, String outcome, String reason) {
        if (row.proposedBy() == null || !row.proposedBy().contains("@")) {
            return;
        }
        mailer.send(new OutgoingMail(row.proposedBy(), "Your change to " + row.proposed().name() + " was " + outcome,
                "Your proposed change to the register entry for " + row.proposed().name() + " was " + outcome
                        + " by an infrastructure officer."
                        + (reason == null || reason.isBlank() ? "" : "\n\nReason: " + reason.strip())));
    }

    private Row row(UUID id) {
        return jdbc.sql("""
                SELECT organisation, base_version, proposed::text AS proposed, note, status, proposed_by_email, proposed_at,
                       decided_by, decision_reason FROM organisations.profile_change WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Row(rs.getObject("organisation", UUID.class), rs.getInt("base_version"),
                        json.readValue(rs.getString("proposed"), OrganisationDraft.class), rs.getString("note"),
                        rs.getString("status"), rs.getString("proposed_by_email"), rs.getTimestamp("proposed_at").toInstant(),
                        rs.getString("decided_by"), rs.getString("decision_reason")))
                .optional()
                .orElseThrow(() -> new NotFoundException("profile change " + id));
    }

    private record Row(UUID organisation, int baseVersion, OrganisationDraft proposed, String note, String status,
            String proposedBy, Instant proposedAt, String decidedBy, String decisionReason) {}
}

package org.thirdsectorhub.organisations.curation;

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
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/** "I run this group": a signed-in person claims an organisation; an officer verifies and they become its admin. */
@Service
@Transactional
public class Claims {

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    Claims(JdbcClient jdbc, IdentityManagement identity, AuditTrail audit, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Claim(UUID id, UUID organisation, String organisationName, UUID claimant, String claimantEmail,
            String role, String note, String status, Instant claimedAt) {}

    /** Records the claim; false if this person already has a claim on it waiting. */
    public boolean claim(UUID organisation, Actor claimant, String role, String note) {
        String name = jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL")
                .param(organisation).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("organisation " + organisation));
        int added = jdbc.sql("""
                INSERT INTO organisations.claim (id, organisation, claimant, claimant_email, claimant_role, note, status, claimed_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), organisation, claimant.userId(), claimant.label(), role.strip(),
                        note == null ? "" : note.strip(), Timestamp.from(Instant.now(clock)))
                .update();
        if (added == 1) {
            audit.record(new AuditedChange("organisations", "claim", organisation.toString(), "claimed",
                    claimant.label() + " claimed to run " + name + " as " + role.strip()));
        }
        return added == 1;
    }

    @Transactional(readOnly = true)
    public List<Claim> pending() {
        return jdbc.sql(SELECT + " WHERE c.status = 'PENDING' ORDER BY c.claimed_at, c.id").query(this::map).list();
    }

    public boolean approve(UUID id, String reason) {
        Claim claim = get(id);
        if (!decide(id, "APPROVED", reason)) {
            return false;
        }
        identity.makeOrganisationAdmin(claim.claimant(), claim.organisation());
        audit.record(new AuditedChange("organisations", "claim", claim.organisation().toString(), "verified",
                "Verified " + claim.claimantEmail() + "'s claim to run " + claim.organisationName()));
        mailer.send(new OutgoingMail(claim.claimantEmail(), "You can now look after " + claim.organisationName(),
                "Your claim to run " + claim.organisationName() + " was verified. Sign in again to edit its entry."));
        return true;
    }

    public boolean reject(UUID id, String reason) {
        Claim claim = get(id);
        if (!decide(id, "REJECTED", reason)) {
            return false;
        }
        audit.record(new AuditedChange("organisations", "claim", claim.organisation().toString(), "rejected",
                "Rejected " + claim.claimantEmail() + "'s claim to run " + claim.organisationName() + ": " + reason));
        mailer.send(new OutgoingMail(claim.claimantEmail(), "Your claim to run " + claim.organisationName(),
                "We could not verify your claim to run " + claim.organisationName() + ".\n\nReason: " + reason));
        return true;
    }

    @Transactional(readOnly = true)
    public Claim get(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("claim " + id));
    }

    private boolean decide(UUID id, String status, String reason) {
        return jdbc.sql("""
                UPDATE organisations.claim SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                WHERE id = ? AND status = 'PENDING'""")
                .params(status, Actor.current().label(), Timestamp.from(Instant.now(clock)),
                        reason == null ? "" : reason.strip(), id)
                .update() == 1;
    }

    private static final String SELECT = """
            SELECT c.*, o.name FROM organisations.claim c JOIN organisations.organisation o ON o.id = c.organisation""";

    private Claim map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Claim(rs.getObject("id", UUID.class), rs.getObject("organisation", UUID.class), rs.getString("name"),
                rs.getObject("claimant", UUID.class), rs.getString("claimant_email"), rs.getString("claimant_role"),
                rs.getString("note"), rs.getString("status"), rs.getTimestamp("claimed_at").toInstant());
    }
}

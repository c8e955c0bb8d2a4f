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
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Groups on no register, added by the people who know them. They enter the register at once (so they
 * are classified and can be found for duplicates) but stay out of the directory and the APIs until an
 * officer approves them; a rejected group is soft-deleted.
 */
@Service
@Transactional
public class NewGroups {

    private final JdbcClient jdbc;
    private final RegisterService register;
    private final IdentityManagement identity;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    NewGroups(JdbcClient jdbc, RegisterService register, IdentityManagement identity, AuditTrail audit, Mailer mailer,
            Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.identity = identity;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Submission(UUID organisation, String name, String postcode, String submittedBy, boolean runsGroup,
            Instant submittedAt) {}

    public UUID submit(OrganisationDraft draft, boolean runsGroup, Actor by) {
        UUID id = register.register(draft, "LOCAL", "new group added by " + by.label());
        jdbc.sql("UPDATE organisations.organisation SET pending_approval = TRUE WHERE id = ?").param(id).update();
        jdbc.sql("""
                INSERT INTO organisations.group_submission (organisation, submitted_by, submitted_by_email, runs_group,
                    submitted_at, status) VALUES (?, ?, ?, ?, ?, 'PENDING')""")
                .params(id, by.userId(), by.label(), runsGroup, Timestamp.from(Instant.now(clock))).update();
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "submitted",
                by.label() + " added the new group " + draft.name() + "; it waits for approval"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Submission> pending() {
        return jdbc.sql("""
                SELECT o.id, o.name, o.postcode, s.submitted_by_email, s.runs_group, s.submitted_at
                FROM organisations.group_submission s JOIN organisations.organisation o ON o.id = s.organisation
                WHERE s.status = 'PENDING' AND o.deleted_at IS NULL ORDER BY s.submitted_at, o.id""")
                .query((rs, n) -> new Submission(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("postcode"), rs.getString("submitted_by_email"), rs.getBoolean("runs_group"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    public boolean approve(UUID organisation, String reason) {
        Submission submission = get(organisation);
        if (!decide(organisation, "APPROVED", reason)) {
            return false;
        }
        jdbc.sql("UPDATE organisations.organisation SET pending_approval = FALSE WHERE id = ?").param(organisation).update();
        Actor submitter = submitter(organisation);
        if (submission.runsGroup() && submitter.userId() != null) {
            identity.makeOrganisationAdmin(submitter.userId(), organisation);
        }
        audit.record(new AuditedChange("organisations", "organisation", organisation.toString(), "approved",
                "Approved the new group " + submission.name()));
        mailer.send(new OutgoingMail(submission.submittedBy(), submission.name() + " is now on the register",
                "Thank you for adding " + submission.name() + ". An infrastructure officer approved it and it is now in"
                        + " the public directory."));
        return true;
    }

    public boolean reject(UUID organisation, String reason) {
        Submission submission = get(organisation);
        if (!decide(organisation, "REJECTED", reason)) {
            return false;
        }
        jdbc.sql("UPDATE organisations.organisation SET deleted_at = ?, deleted_by = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now(clock)), Actor.current().label(), organisation).update();
        audit.record(new AuditedChange("organisations", "organisation", organisation.toString(), "rejected",
                "Rejected the new group " + submission.name() + ": " + reason));
        mailer.send(new OutgoingMail(submission.submittedBy(), "About " + submission.name(),
                "An infrastructure officer did not add " + submission.name() + " to the register.\n\nReason: " + reason));
        return true;
    }

    @Transactional(readOnly = true)
    public Submission get(UUID organisation) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.postcode, s.submitted_by_email, s.runs_group, s.submitted_at
                FROM organisations.group_submission s JOIN organisations.organisation o ON o.id = s.organisation
                WHERE o.id = ?""")
                .param(organisation)
                .query((rs, n) -> new Submission(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("postcode"), rs.getString("submitted_by_email"), rs.getBoolean("runs_group"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("new group " + organisation));
    }

    private Actor submitter(UUID organisation) {
        return jdbc.sql("SELECT submitted_by, submitted_by_email FROM organisations.group_submission WHERE organisation = ?")
                .param(organisation)
                .query((rs, n) -> new Actor(rs.getObject("submitted_by", UUID.class), rs.getString("submitted_by_email")))
                .single();
    }

    private boolean decide(UUID organisation, String status, String reason) {
        return jdbc.sql("""
                UPDATE organisations.group_submission SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                WHERE organisation = ? AND status = 'PENDING'""")
                .params(status, Actor.current().label(), Timestamp.from(Instant.now(clock)),
                        reason == null ? "" : reason.strip(), organisation)
                .update() == 1;
    }
}

package org.thirdsectorhub.opportunities.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Who assesses an opportunity: the lead adds and removes people who hold a role that may assess. */
@Service
@Transactional
public class Panel {

    static final EnumSet<Role> MAY_ASSESS = EnumSet.of(Role.COMMISSIONER, Role.PARTNERSHIP_MEMBER,
            Role.INFRASTRUCTURE_OFFICER);

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    Panel(JdbcClient jdbc, IdentityManagement identity, Mailer mailer, MessageSource messages, AuditTrail audit, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${hub.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Adds the person with this email to the panel and tells them by email.
     *
     * @throws AssessmentRefused when there is no such account, it cannot assess, or is already on the panel
     */
    public Assessor add(Round round, String email) {
        UserSummary person = identity.findUserByEmail(email == null ? "" : email.strip())
                .filter(UserSummary::active)
                .orElseThrow(() -> new AssessmentRefused("assessment.panel.email.unknown"));
        if (person.roles().stream().noneMatch(MAY_ASSESS::contains)) {
            throw new AssessmentRefused("assessment.panel.email.role");
        }
        if (member(round.id(), person.id())) {
            throw new AssessmentRefused("assessment.panel.email.already");
        }
        String by = Actor.current().label();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                INSERT INTO opportunities.assessor (opportunity, account, email, display_name, added_by, added_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (opportunity, account) DO UPDATE SET removed_at = NULL, added_by = excluded.added_by,
                    added_at = excluded.added_at""")
                .params(round.id(), person.id(), person.email(), person.displayName(), by, now).update();
        audit.record(new AuditedChange("opportunities", "assessor", round.id() + "/" + person.id(), "added",
                "Added " + person.displayName() + " to the assessors of \"" + round.title() + "\""));
        mailer.send(new OutgoingMail(person.email(), text("assessment.mail.added.subject", round.title()),
                text("assessment.mail.added.body", person.displayName(), round.title(), round.ownerName(),
                        baseUrl + "/assessments")));
        return new Assessor(person.id(), person.email(), person.displayName(), by, now.toInstant());
    }

    public void remove(Round round, UUID account) {
        Assessor assessor = assessors(round.id()).stream().filter(a -> a.account().equals(account)).findFirst()
                .orElseThrow(() -> new NotFoundException("assessor " + account));
        jdbc.sql("UPDATE opportunities.assessor SET removed_at = ? WHERE opportunity = ? AND account = ?")
                .params(Timestamp.from(Instant.now(clock)), round.id(), account).update();
        audit.record(new AuditedChange("opportunities", "assessor", round.id() + "/" + account, "removed",
                "Removed " + assessor.displayName() + " from the assessors of \"" + round.title() + "\""));
    }

    @Transactional(readOnly = true)
    public List<Assessor> assessors(UUID opportunity) {
        return jdbc.sql("SELECT * FROM opportunities.assessor WHERE opportunity = ? AND removed_at IS NULL "
                        + "ORDER BY display_name")
                .param(opportunity)
                .query((rs, n) -> new Assessor(rs.getObject("account", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("added_by"), AssessedRounds.instant(rs, "added_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean member(UUID opportunity, UUID account) {
        return account != null && jdbc.sql("SELECT count(*) FROM opportunities.assessor WHERE opportunity = ? AND account = ? "
                + "AND removed_at IS NULL").params(opportunity, account).query(Integer.class).single() > 0;
    }

    /** Everyone who was ever on the panel, removed or not, by account: the names moderation shows. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> everyone(UUID opportunity) {
        java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT account, display_name FROM opportunities.assessor WHERE opportunity = ? ORDER BY display_name")
                .param(opportunity).query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }

    /** The opportunities this person assesses, newest deadline first. */
    @Transactional(readOnly = true)
    public List<UUID> opportunitiesOf(UUID account) {
        return jdbc.sql("""
                SELECT o.id FROM opportunities.assessor a JOIN opportunities.opportunity o ON o.id = a.opportunity
                WHERE a.account = ? AND a.removed_at IS NULL ORDER BY o.closes_at DESC NULLS LAST, o.title""")
                .param(account).query(UUID.class).list();
    }

    Optional<String> emailOf(UUID opportunity, UUID account) {
        return jdbc.sql("SELECT email FROM opportunities.assessor WHERE opportunity = ? AND account = ?")
                .params(opportunity, account).query(String.class).optional();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}

package org.thirdsectorhub.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;

/** Administrators invite people by email; the invited person chooses a password and has the roles given. */
@Service
@Transactional
public class Invitations {

    static final Duration LIFETIME = Duration.ofDays(14);

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    Invitations(UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy,
            AuditTrail audit, Mailer mailer, Clock clock, @Value("${hub.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public boolean accountExists(String email) {
        return accounts.existsByEmail(UserAccount.normalise(email));
    }

    /** Invites someone; the secret link goes only into the email. Returns the invitation's id. */
    public UUID invite(NewInvitation invitation, UUID invitedBy) {
        String email = UserAccount.normalise(invitation.email());
        String secret = SecretTokens.newSecret();
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.invitation (id, email, display_name, roles, organisation_id, organisation_role,
                    token_hash, invited_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, email, invitation.displayName().trim(), join(invitation.roles()), invitation.organisationId(),
                        invitation.organisationId() == null ? null : invitation.organisationRole().name(),
                        SecretTokens.digest(secret), invitedBy, Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
                .update();
        audit.record(new AuditedChange("identity", "invitation", id.toString(), "invited",
                "Invited " + invitation.displayName().trim() + " <" + email + "> with roles " + describe(invitation)));
        mailer.send(new OutgoingMail(email, "You are invited to the Third Sector Hub",
                "Hello " + invitation.displayName().trim() + ",\n\n"
                        + "You have been invited to the Third Sector Hub. Accept the invitation and choose a password here"
                        + " (the link works for 14 days):\n\n" + baseUrl + "/invitations/" + secret + "\n"));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<PendingInvitation> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, email, display_name, roles, organisation_id, organisation_role, expires_at, accepted_at,
                       withdrawn_at
                FROM identity.invitation WHERE token_hash = ?""")
                .param(SecretTokens.digest(secret))
                .query((rs, n) -> new PendingInvitation(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), parse(rs.getString("roles")),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_role") == null ? null : Role.valueOf(rs.getString("organisation_role")),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("accepted_at") != null,
                        rs.getTimestamp("withdrawn_at") != null))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<InvitationSummary> pending() {
        return jdbc.sql("""
                SELECT id, email, display_name, roles, created_at, expires_at FROM identity.invitation
                WHERE accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > ? ORDER BY created_at DESC""")
                .param(Timestamp.from(Instant.now(clock)))
                .query((rs, n) -> new InvitationSummary(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), parse(rs.getString("roles")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    public void withdraw(UUID id) {
        int changed = jdbc.sql("UPDATE identity.invitation SET withdrawn_at = ? WHERE id = ? AND accepted_at IS NULL AND withdrawn_at IS NULL")
                .params(Timestamp.from(Instant.now(clock)), id).update();
        if (changed == 1) {
            audit.record(new AuditedChange("identity", "invitation", id.toString(), "withdrawn", "Withdrew an invitation"));
        }
    }

    /** Creates the account; returns the problem's field and message key if it cannot. */
    public Optional<PasswordChange.FieldProblem> accept(String secret, String displayName, String password) {
        Instant now = Instant.now(clock);
        Optional<PendingInvitation> found = find(secret).filter(invitation -> invitation.usableAt(now));
        if (found.isEmpty()) {
            return Optional.of(new PasswordChange.FieldProblem("form", "identity.invitation.invalid"));
        }
        PendingInvitation invitation = found.get();
        if (accounts.existsByEmail(invitation.email())) {
            return Optional.of(new PasswordChange.FieldProblem("form", "identity.invitation.accountExists"));
        }
        Optional<String> problem = policy.problem(password, invitation.email(), displayName);
        if (problem.isPresent()) {
            return Optional.of(new PasswordChange.FieldProblem("password", problem.get()));
        }
        int claimed = jdbc.sql("UPDATE identity.invitation SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL")
                .params(Timestamp.from(now), invitation.id()).update();
        if (claimed == 0) {
            return Optional.of(new PasswordChange.FieldProblem("form", "identity.invitation.invalid"));
        }
        UserAccount account = UserAccount.create(invitation.email(), displayName, encoder.encode(password), now);
        invitation.roles().forEach(account::give);
        if (invitation.organisationId() != null) {
            account.joinOrganisation(invitation.organisationId(), invitation.organisationRole());
        }
        accounts.save(account);
        audit.record(AccountAdministration.change(account, "created",
                account.displayName() + " accepted an invitation and created their account"),
                Actor.of(account.id(), account.email()));
        return Optional.empty();
    }

    private static String describe(NewInvitation invitation) {
        String roles = invitation.roles().isEmpty() ? "none" : join(invitation.roles());
        return invitation.organisationId() == null ? roles
                : roles + "; " + invitation.organisationRole() + " of organisation " + invitation.organisationId();
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> parse(String roles) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(result::add);
        }
        return result;
    }

    /** What an administrator fills in to invite someone. */
    public record NewInvitation(String email, String displayName, Set<Role> roles, UUID organisationId,
            Role organisationRole) {}

    public record PendingInvitation(UUID id, String email, String displayName, Set<Role> roles, UUID organisationId,
            Role organisationRole, Instant expiresAt, boolean accepted, boolean withdrawn) {
        public boolean usableAt(Instant now) {
            return !accepted && !withdrawn && expiresAt.isAfter(now);
        }
    }

    public record InvitationSummary(UUID id, String email, String displayName, Set<Role> roles, Instant createdAt,
            Instant expiresAt) {}
}

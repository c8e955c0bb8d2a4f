package org.thirdsectorhub.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Forgotten passwords: a single-use link by email that expires after an hour. Asking for a link
 * never reveals whether an account exists.
 */
@Service
@Transactional
public class PasswordResets {

    static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;
    private final String baseUrl;

    PasswordResets(UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy,
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

    /** Sends a reset link if an active account has this address; does nothing visible otherwise. */
    public void requestLink(String email) {
        Optional<UserAccount> found = accounts.findByEmail(UserAccount.normalise(email)).filter(UserAccount::active);
        if (found.isEmpty()) {
            return;
        }
        UserAccount account = found.get();
        String secret = SecretTokens.newSecret();
        Instant now = Instant.now(clock);
        jdbc.sql("""
                INSERT INTO identity.password_reset (id, user_account, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), account.id(), SecretTokens.digest(secret), Timestamp.from(now),
                        Timestamp.from(now.plus(LINK_LIFETIME)))
                .update();
        audit.record(AccountAdministration.change(account, "password reset requested",
                "A password reset link was sent to " + account.email()), Actor.ANONYMOUS);
        mailer.send(new OutgoingMail(account.email(), "Reset your Third Sector Hub password",
                "Hello " + account.displayName() + ",\n\n"
                        + "Use this link to choose a new password. It works once, for the next hour:\n\n"
                        + baseUrl + "/reset-password/" + secret + "\n\n"
                        + "If you did not ask for this, you can ignore this email: your password has not changed.\n"));
    }

    /** The state of a reset link, so the page can say plainly why it cannot be used. */
    @Transactional(readOnly = true)
    public LinkState check(String secret) {
        return findLink(secret).map(link -> link.state(Instant.now(clock))).orElse(LinkState.UNKNOWN);
    }

    /** Sets the new password through a valid link; returns the problem's message key, if any. */
    public Optional<String> reset(String secret, String newPassword) {
        Optional<ResetLink> found = findLink(secret);
        Instant now = Instant.now(clock);
        if (found.isEmpty() || found.get().state(now) != LinkState.VALID) {
            return Optional.of("identity.reset.linkInvalid");
        }
        ResetLink link = found.get();
        UserAccount account = accounts.findById(link.userId()).orElseThrow();
        Optional<String> problem = policy.problem(newPassword, account.email(), account.displayName());
        if (problem.isPresent()) {
            return problem;
        }
        int claimed = jdbc.sql("UPDATE identity.password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(Timestamp.from(now), link.id()).update();
        if (claimed == 0) {
            return Optional.of("identity.reset.linkInvalid");
        }
        account.changePassword(encoder.encode(newPassword), now);
        accounts.save(account);
        audit.record(AccountAdministration.change(account, "password reset",
                account.displayName() + " set a new password through a reset link"), Actor.of(account.id(), account.email()));
        return Optional.empty();
    }

    private Optional<ResetLink> findLink(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT r.id, r.user_account, r.expires_at, r.used_at, a.active
                FROM identity.password_reset r JOIN identity.user_account a ON a.id = r.user_account
                WHERE r.token_hash = ?""")
                .param(SecretTokens.digest(secret))
                .query((rs, n) -> new ResetLink(rs.getObject("id", UUID.class), rs.getObject("user_account", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null,
                        rs.getBoolean("active")))
                .optional();
    }

    public enum LinkState { VALID, EXPIRED, USED, UNKNOWN }

    private record ResetLink(UUID id, UUID userId, Instant expiresAt, boolean used, boolean accountActive) {
        LinkState state(Instant now) {
            if (used) {
                return LinkState.USED;
            }
            if (!accountActive) {
                return LinkState.UNKNOWN;
            }
            return expiresAt.isAfter(now) ? LinkState.VALID : LinkState.EXPIRED;
        }
    }
}

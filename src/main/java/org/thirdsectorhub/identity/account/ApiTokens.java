package org.thirdsectorhub.identity.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Personal API tokens: shown once when created, stored only as a digest, revocable. A token acts
 * with its owner's rights as they are at the time of each request.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "tsh_";
    public static final int MAX_NAME_LENGTH = 100;

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(UserAccountRepository accounts, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token and returns it in full; this is the only time it can be read. */
    public NewToken create(UUID userId, String name, Actor actor) {
        String token = PREFIX + SecretTokens.newSecret();
        UUID id = UUID.randomUUID();
        String hint = token.substring(0, PREFIX.length() + 4) + "…" + token.substring(token.length() - 4);
        jdbc.sql("""
                INSERT INTO identity.api_token (id, user_account, name, token_hash, token_hint, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, userId, name.trim(), SecretTokens.digest(token), hint, Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(new AuditedChange("identity", "api token", id.toString(), "created",
                "Created the API token \"" + name.trim() + "\" (" + hint + ")"), actor);
        return new NewToken(id, name.trim(), token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> listFor(UUID userId) {
        return jdbc.sql("""
                SELECT id, name, token_hint, created_at, last_used_at, revoked_at FROM identity.api_token
                WHERE user_account = ? ORDER BY revoked_at NULLS FIRST, created_at DESC""")
                .param(userId)
                .query((rs, n) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("token_hint"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the person's own tokens; false when there is no such live token. */
    public boolean revoke(UUID userId, UUID tokenId) {
        int changed = jdbc.sql("UPDATE identity.api_token SET revoked_at = ? WHERE id = ? AND user_account = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now(clock)), tokenId, userId).update();
        if (changed == 1) {
            audit.record(new AuditedChange("identity", "api token", tokenId.toString(), "revoked", "Revoked an API token"));
        }
        return changed == 1;
    }

    /** The active owner of a live token, with their current rights. */
    public Optional<HubUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<UUID> owner = jdbc.sql("""
                UPDATE identity.api_token SET last_used_at = ?
                WHERE token_hash = ? AND revoked_at IS NULL RETURNING user_account""")
                .params(Timestamp.from(now), SecretTokens.digest(token))
                .query(UUID.class).optional();
        return owner.flatMap(accounts::findById).filter(UserAccount::active).map(account -> account.toPrincipal(now))
                .map(principal -> { principal.eraseCredentials(); return principal; });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public record NewToken(UUID id, String name, String token) {}

    public record TokenSummary(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean live() {
            return revokedAt == null;
        }
    }
}

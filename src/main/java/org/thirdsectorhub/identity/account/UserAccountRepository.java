package org.thirdsectorhub.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores accounts with their role grants and memberships as one aggregate: saving an account rewrites
 * its grants and memberships, and a stale copy (changed by someone else since it was read) is refused.
 * Plain JdbcClient rather than Spring Data JDBC, whose repository machinery loaded about a thousand classes at start-up.
 */
@Repository
public class UserAccountRepository {

    private static final String MATCHING = """
            WHERE (:text = '' OR email ILIKE '%' || :text || '%' OR display_name ILIKE '%' || :text || '%')
              AND (:role = '' OR EXISTS (SELECT 1 FROM identity.role_grant g WHERE g.user_account = id AND g.role = :role)
                   OR EXISTS (SELECT 1 FROM identity.organisation_membership m WHERE m.user_account = id AND m.role = :role))
            """;

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findById(UUID id) {
        return first(jdbc.sql("SELECT * FROM identity.user_account WHERE id = ?").param(id));
    }

    public Optional<UserAccount> findByEmail(String email) {
        return first(jdbc.sql("SELECT * FROM identity.user_account WHERE email = ?").param(email));
    }

    public boolean existsByEmail(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.user_account WHERE email = ?)")
                .param(email).query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM identity.user_account").query(Long.class).single();
    }

    public List<UserAccount> findMembersOf(UUID organisationId) {
        return withChildren(jdbc.sql("""
                        SELECT a.* FROM identity.user_account a
                        WHERE a.active AND EXISTS (SELECT 1 FROM identity.organisation_membership m
                                                   WHERE m.user_account = a.id AND m.organisation_id = ?)
                        ORDER BY a.display_name""")
                .param(organisationId).query(UserAccountRepository::account).list());
    }

    public List<UserAccount> search(String text, String role, int limit, int offset) {
        return withChildren(jdbc.sql("SELECT * FROM identity.user_account " + MATCHING
                        + "ORDER BY display_name LIMIT :limit OFFSET :offset")
                .param("text", text).param("role", role).param("limit", limit).param("offset", offset)
                .query(UserAccountRepository::account).list());
    }

    public long countMatching(String text, String role) {
        return jdbc.sql("SELECT count(*) FROM identity.user_account " + MATCHING)
                .param("text", text).param("role", role).query(Long.class).single();
    }

    public UserAccount save(UserAccount account) {
        if (account.version() == null) {
            insert(account);
            account.stored(0);
        } else {
            update(account);
            account.stored(account.version() + 1);
            jdbc.sql("DELETE FROM identity.role_grant WHERE user_account = ?").param(account.id()).update();
            jdbc.sql("DELETE FROM identity.organisation_membership WHERE user_account = ?").param(account.id()).update();
        }
        for (RoleGrant grant : account.roleGrants()) {
            jdbc.sql("INSERT INTO identity.role_grant (user_account, role) VALUES (?, ?)")
                    .params(account.id(), grant.role()).update();
        }
        for (OrganisationMembership membership : account.memberships()) {
            jdbc.sql("INSERT INTO identity.organisation_membership (user_account, organisation_id, role) VALUES (?, ?, ?)")
                    .params(account.id(), membership.organisationId(), membership.role()).update();
        }
        return account;
    }

    private void insert(UserAccount account) {
        jdbc.sql("""
                        INSERT INTO identity.user_account (id, email, display_name, password_hash, active, failed_sign_ins,
                            locked_until, created_at, password_changed_at, last_signed_in_at, version)
                        VALUES (:id, :email, :displayName, :passwordHash, :active, :failedSignIns,
                            :lockedUntil, :createdAt, :passwordChangedAt, :lastSignedInAt, 0)""")
                .params(columns(account)).update();
    }

    private void update(UserAccount account) {
        Map<String, Object> columns = columns(account);
        columns.put("version", account.version());
        int updated = jdbc.sql("""
                        UPDATE identity.user_account SET email = :email, display_name = :displayName,
                            password_hash = :passwordHash, active = :active, failed_sign_ins = :failedSignIns,
                            locked_until = :lockedUntil, created_at = :createdAt, password_changed_at = :passwordChangedAt,
                            last_signed_in_at = :lastSignedInAt, version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(columns).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Account " + account.id() + " was changed by someone else");
        }
    }

    private static Map<String, Object> columns(UserAccount account) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", account.id());
        columns.put("email", account.email());
        columns.put("displayName", account.displayName());
        columns.put("passwordHash", account.passwordHash());
        columns.put("active", account.active());
        columns.put("failedSignIns", account.failedSignIns());
        columns.put("lockedUntil", timestamp(account.lockedUntil()));
        columns.put("createdAt", timestamp(account.createdAt()));
        columns.put("passwordChangedAt", timestamp(account.passwordChangedAt()));
        columns.put("lastSignedInAt", timestamp(account.lastSignedInAt()));
        return columns;
    }

    private Optional<UserAccount> first(JdbcClient.StatementSpec statement) {
        return withChildren(statement.query(UserAccountRepository::account).list()).stream().findFirst();
    }

    /** Reads the role grants and memberships of all these accounts in two queries. */
    private List<UserAccount> withChildren(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<UUID, UserAccount> byId = new LinkedHashMap<>();
        accounts.forEach(account -> byId.put(account.id(), account));
        Collection<UUID> ids = new ArrayList<>(byId.keySet());
        jdbc.sql("SELECT user_account, role FROM identity.role_grant WHERE user_account IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> byId.get(rs.getObject("user_account", UUID.class))
                        .roleGrants().add(new RoleGrant(rs.getString("role"))))
                .list();
        jdbc.sql("SELECT user_account, organisation_id, role FROM identity.organisation_membership WHERE user_account IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> byId.get(rs.getObject("user_account", UUID.class)).memberships()
                        .add(new OrganisationMembership(rs.getObject("organisation_id", UUID.class), rs.getString("role"))))
                .list();
        return accounts;
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return UserAccount.restore(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("active"), rs.getInt("failed_sign_ins"),
                instant(rs, "locked_until"), instant(rs, "created_at"), instant(rs, "password_changed_at"),
                instant(rs, "last_signed_in_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package org.thirdsectorhub.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.UserSummary;

/** An account: who someone is, how they sign in, and what they may do. */
public class UserAccount {

    static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UUID id;
    private final String email;
    private String displayName;
    private String passwordHash;
    private boolean active;
    private int failedSignIns;
    private Instant lockedUntil;
    private final Instant createdAt;
    private Instant passwordChangedAt;
    private Instant lastSignedInAt;

    /** The row version for optimistic locking; null until the account is first stored. */
    private Long version;

    private final Set<RoleGrant> roles = new HashSet<>();

    private final Set<OrganisationMembership> memberships = new HashSet<>();

    UserAccount(UUID id, String email, String displayName, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public static UserAccount create(String email, String displayName, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(UUID.randomUUID(), normalise(email), displayName.trim(), now);
        account.active = true;
        account.passwordHash = passwordHash;
        account.passwordChangedAt = passwordHash == null ? null : now;
        return account;
    }

    /** An account as stored, read back by {@link UserAccountRepository}. */
    static UserAccount restore(UUID id, String email, String displayName, String passwordHash, boolean active,
            int failedSignIns, Instant lockedUntil, Instant createdAt, Instant passwordChangedAt,
            Instant lastSignedInAt, long version) {
        UserAccount account = new UserAccount(id, email, displayName, createdAt);
        account.passwordHash = passwordHash;
        account.active = active;
        account.failedSignIns = failedSignIns;
        account.lockedUntil = lockedUntil;
        account.passwordChangedAt = passwordChangedAt;
        account.lastSignedInAt = lastSignedInAt;
        account.version = version;
        return account;
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public boolean give(Role role) {
        if (role.organisationScoped()) {
            throw new IllegalArgumentException(role + " is held per organisation");
        }
        return roles.add(new RoleGrant(role.name()));
    }

    public boolean take(Role role) {
        return roles.remove(new RoleGrant(role.name()));
    }

    /** Makes this person a member or admin of the organisation, replacing any earlier role there. */
    public void joinOrganisation(UUID organisationId, Role role) {
        if (!role.organisationScoped()) {
            throw new IllegalArgumentException(role + " is not an organisation role");
        }
        memberships.removeIf(membership -> membership.organisationId().equals(organisationId));
        memberships.add(new OrganisationMembership(organisationId, role.name()));
    }

    public boolean leaveOrganisation(UUID organisationId) {
        return memberships.removeIf(membership -> membership.organisationId().equals(organisationId));
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void rename(String newName) {
        displayName = newName.trim();
    }

    /** Counts a wrong password; returns true when this failure locked the account. */
    public boolean recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= FAILED_SIGN_INS_BEFORE_LOCK) {
            failedSignIns = 0;
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignedInAt = now;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public HubUser toPrincipal(Instant now) {
        return new HubUser(id, email, displayName, passwordHash, active, lockedAt(now), hubWideRoles(), organisations());
    }

    public UserSummary summary() {
        return new UserSummary(id, email, displayName, active, hubWideRoles(), organisations());
    }

    public Set<Role> hubWideRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> result.add(Role.valueOf(grant.role())));
        return result;
    }

    public Map<UUID, Role> organisations() {
        Map<UUID, Role> result = new LinkedHashMap<>();
        memberships.forEach(membership -> result.put(membership.organisationId(), Role.valueOf(membership.role())));
        return result;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean active() {
        return active;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    Long version() {
        return version;
    }

    void stored(long newVersion) {
        version = newVersion;
    }

    Set<RoleGrant> roleGrants() {
        return roles;
    }

    Set<OrganisationMembership> memberships() {
        return memberships;
    }
}

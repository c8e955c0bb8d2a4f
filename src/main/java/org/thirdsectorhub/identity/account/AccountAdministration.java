package org.thirdsectorhub.identity.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.shared.web.NotFoundException;

/** What administrators do to accounts: give and take roles, memberships, deactivate and reactivate. */
@Service
@Transactional
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final SignedInSessions sessions;

    AccountAdministration(UserAccountRepository accounts, AuditTrail audit, SignedInSessions sessions) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> search(String text, Role role, int page, int size) {
        return accounts.search(clean(text), role == null ? "" : role.name(), size, (Math.max(page, 1) - 1) * size);
    }

    @Transactional(readOnly = true)
    public long count(String text, Role role) {
        return accounts.countMatching(clean(text), role == null ? "" : role.name());
    }

    /** Sets the hub-wide roles to exactly these; the person signs in again to use the change. */
    public void setRoles(UUID id, Set<Role> wanted) {
        UserAccount account = get(id);
        Set<Role> before = account.hubWideRoles();
        Set<Role> after = EnumSet.noneOf(Role.class);
        wanted.stream().filter(role -> !role.organisationScoped()).forEach(after::add);
        if (before.equals(after)) {
            return;
        }
        for (Role role : Role.hubWide()) {
            if (after.contains(role) && account.give(role)) {
                audit.record(change(account, "role given", "Gave " + account.displayName() + " the role " + role.name()));
            } else if (!after.contains(role) && account.take(role)) {
                audit.record(change(account, "role taken", "Took the role " + role.name() + " from " + account.displayName()));
            }
        }
        accounts.save(account);
        sessions.endAllFor(account.email());
    }

    public void addMembership(UUID id, UUID organisationId, Role role) {
        UserAccount account = get(id);
        account.joinOrganisation(organisationId, role);
        accounts.save(account);
        audit.record(change(account, "membership given",
                "Made " + account.displayName() + " " + role.name() + " of organisation " + organisationId));
        sessions.endAllFor(account.email());
    }

    public void removeMembership(UUID id, UUID organisationId) {
        UserAccount account = get(id);
        if (account.leaveOrganisation(organisationId)) {
            accounts.save(account);
            audit.record(change(account, "membership ended",
                    "Ended " + account.displayName() + "'s membership of organisation " + organisationId));
            sessions.endAllFor(account.email());
        }
    }

    public void deactivate(UUID id, UUID byUserId) {
        UserAccount account = get(id);
        if (account.id().equals(byUserId)) {
            throw new IllegalArgumentException("identity.admin.cannotDeactivateSelf");
        }
        if (!account.active()) {
            return;
        }
        account.deactivate();
        accounts.save(account);
        audit.record(change(account, "deactivated", "Deactivated the account of " + account.displayName()));
        sessions.endAllFor(account.email());
    }

    public void reactivate(UUID id) {
        UserAccount account = get(id);
        if (account.active()) {
            return;
        }
        account.reactivate();
        accounts.save(account);
        audit.record(change(account, "reactivated", "Reactivated the account of " + account.displayName()));
    }

    static AuditedChange change(UserAccount account, String action, String summary) {
        return new AuditedChange("identity", "account", account.id().toString(), action, summary);
    }

    private static String clean(String text) {
        return text == null ? "" : text.trim().replace("\\", "").replace("%", "").replace("_", "\\_");
    }
}

package org.thirdsectorhub.identity.account;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.identity.OrganisationMerge;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.shared.security.Actor;

/**
 * When two organisation records are merged, everyone who could act for the merged record can act for
 * the survivor, keeping the higher of the two roles if they held both.
 */
@Component
class MembershipsFollowMerges {

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SignedInSessions sessions;

    MembershipsFollowMerges(UserAccountRepository accounts, JdbcClient jdbc, AuditTrail audit, SignedInSessions sessions) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(OrganisationMerge merge) {
        List<UUID> members = jdbc.sql("SELECT user_account FROM identity.organisation_membership WHERE organisation_id = ?")
                .param(merge.mergedId()).query(UUID.class).list();
        for (UUID id : members) {
            UserAccount account = accounts.findById(id).orElseThrow();
            Role held = account.organisations().get(merge.mergedId());
            Role atSurvivor = account.organisations().get(merge.survivorId());
            account.leaveOrganisation(merge.mergedId());
            Role kept = atSurvivor == Role.ORGANISATION_ADMIN || held == Role.ORGANISATION_ADMIN ? Role.ORGANISATION_ADMIN
                    : Role.ORGANISATION_MEMBER;
            account.joinOrganisation(merge.survivorId(), kept);
            accounts.save(account);
            audit.record(AccountAdministration.change(account, "membership moved", "Moved " + account.displayName()
                    + "'s membership from organisation " + merge.mergedId() + " to " + merge.survivorId()
                    + ", into which it was merged"), Actor.SYSTEM);
            sessions.endAllFor(account.email());
        }
    }
}

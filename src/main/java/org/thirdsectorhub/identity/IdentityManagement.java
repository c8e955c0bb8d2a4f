package org.thirdsectorhub.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.identity.account.AccountAdministration;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.identity.account.UserAccountRepository;

/** What other modules may ask of identity: who an account is, and whom an organisation's rights are given to. */
@Service
@Transactional(readOnly = true)
public class IdentityManagement {

    private final UserAccountRepository accounts;
    private final AccountAdministration administration;

    IdentityManagement(UserAccountRepository accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    /** Makes the person an ORGANISATION_ADMIN of the organisation (a verified claim); audited, in the caller's transaction. */
    @Transactional
    public void makeOrganisationAdmin(UUID userId, UUID organisationId) {
        administration.addMembership(userId, organisationId, Role.ORGANISATION_ADMIN);
    }

    /** The account with this id, if there is one. */
    public Optional<UserSummary> findUser(UUID userId) {
        return accounts.findById(userId).map(UserAccount::summary);
    }

    /** The account with this email address, if there is one. */
    public Optional<UserSummary> findUserByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalise(email)).map(UserAccount::summary);
    }

    /** The active accounts that may act for the organisation. */
    public List<UserSummary> membersOf(UUID organisationId) {
        return accounts.findMembersOf(organisationId).stream().map(UserAccount::summary).toList();
    }
}

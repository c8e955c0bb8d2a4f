package org.thirdsectorhub.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.shared.security.Actor;

/** Creates accounts directly, for the bootstrap administrator and demo data (others are invited). */
@Service
@Transactional
public class AccountCreation {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountCreation(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean noAccountsYet() {
        return accounts.count() == 0;
    }

    public UserAccount create(String email, String displayName, String password, Set<Role> roles,
            Map<UUID, Role> organisations, String why) {
        UserAccount account = UserAccount.create(email, displayName, encoder.encode(password), Instant.now(clock));
        roles.forEach(account::give);
        organisations.forEach(account::joinOrganisation);
        accounts.save(account);
        audit.record(AccountAdministration.change(account, "created", "Created the account of " + displayName + " " + why),
                Actor.SYSTEM);
        return account;
    }
}

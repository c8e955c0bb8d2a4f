package org.thirdsectorhub.identity.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.identity.account.UserAccountRepository;
import org.thirdsectorhub.shared.security.Actor;

/** Locks an account for a while after repeated wrong passwords, and notes successful sign-ins. */
@Component
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        accounts.findByEmail(email).ifPresent(account -> {
            if (account.recordFailedSignIn(Instant.now(clock))) {
                audit.record(new AuditedChange("identity", "account", account.id().toString(), "locked",
                        "Locked the account of " + account.displayName() + " for 15 minutes after repeated wrong passwords"),
                        Actor.ANONYMOUS);
            }
            accounts.save(account);
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof HubUser user) {
            accounts.findById(user.userId()).ifPresent(account -> {
                account.recordSignIn(Instant.now(clock));
                accounts.save(account);
            });
        }
    }
}

package org.thirdsectorhub.identity.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.identity.account.UserAccountRepository;

@Component
class HubUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    HubUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normalise(email))
                .filter(UserAccount::hasPassword)
                .map(account -> account.toPrincipal(Instant.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}

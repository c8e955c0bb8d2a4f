package org.thirdsectorhub.identity.account;

import java.util.EnumSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.identity.Role;

/**
 * On the first start with an empty database, creates the administrator named by HUB_ADMIN_EMAIL
 * and HUB_ADMIN_PASSWORD, so a production hub can be used without demo data.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountCreation creation;
    private final PasswordPolicy policy;
    private final String email;
    private final String password;

    AdminBootstrap(AccountCreation creation, PasswordPolicy policy, @Value("${hub.admin.email:}") String email,
            @Value("${hub.admin.password:}") String password) {
        this.creation = creation;
        this.policy = policy;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank() || !creation.noAccountsYet()) {
            return;
        }
        var problem = policy.problem(password, email);
        if (problem.isPresent()) {
            throw new IllegalStateException("HUB_ADMIN_PASSWORD is not acceptable (" + problem.get()
                    + "): use at least " + PasswordPolicy.MINIMUM_LENGTH + " characters that are hard to guess");
        }
        creation.create(email, "Administrator", password, EnumSet.of(Role.ADMINISTRATOR), Map.of(),
                "from HUB_ADMIN_EMAIL on the first start");
        log.info("Created the administrator account {}", email);
    }
}

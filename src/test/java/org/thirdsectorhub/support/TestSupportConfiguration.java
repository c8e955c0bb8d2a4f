package org.thirdsectorhub.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    TestAccounts testAccounts(org.thirdsectorhub.identity.account.AccountCreation creation,
            org.thirdsectorhub.identity.account.AccountAdministration administration) {
        return new TestAccounts(creation, administration);
    }
}

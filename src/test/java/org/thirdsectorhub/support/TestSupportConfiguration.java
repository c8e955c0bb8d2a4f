package org.thirdsectorhub.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    DynamicPropertyRegistrar mailServerProperties() {
        return registry -> {
            registry.add("spring.mail.host", () -> "localhost");
            registry.add("spring.mail.port", TestMailServer::port);
        };
    }

    @Bean
    TestAccounts testAccounts(org.thirdsectorhub.identity.account.AccountCreation creation) {
        return new TestAccounts(creation);
    }
}

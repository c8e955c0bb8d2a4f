package org.thirdsectorhub.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the hub's mail at the test SMTP server before the context is built, because the mail
 * sender and the dispatcher are created only when spring.mail.host is set.
 */
public class MailServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer",
                Map.of("spring.mail.host", "localhost", "spring.mail.port", TestMailServer.port())));
    }
}

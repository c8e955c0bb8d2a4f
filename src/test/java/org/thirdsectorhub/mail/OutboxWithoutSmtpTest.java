package org.thirdsectorhub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Without spring.mail.host there is no dispatcher: mail waits in the outbox for an administrator. */
class OutboxWithoutSmtpTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(org.springframework.jdbc.core.simple.JdbcClient.class,
                    () -> org.springframework.jdbc.core.simple.JdbcClient.create(
                            new org.springframework.jdbc.datasource.SimpleDriverDataSource()))
            .withBean(org.springframework.mail.javamail.JavaMailSender.class,
                    org.springframework.mail.javamail.JavaMailSenderImpl::new)
            .withBean(org.springframework.transaction.support.TransactionTemplate.class,
                    () -> new org.springframework.transaction.support.TransactionTemplate(
                            new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                                    new org.springframework.jdbc.datasource.SimpleDriverDataSource())))
            .withBean(java.time.Clock.class, java.time.Clock::systemUTC)
            .withPropertyValues("hub.mail.from=hub@example.org")
            .withUserConfiguration(MailDispatcher.class);

    @Test
    void noDispatcherWithoutAnSmtpHost() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MailDispatcher.class));
    }

    @Test
    void aDispatcherWhenAnSmtpHostIsSet() {
        runner.withPropertyValues("spring.mail.host=smtp.example.org")
                .run(context -> assertThat(context).hasSingleBean(MailDispatcher.class));
    }
}

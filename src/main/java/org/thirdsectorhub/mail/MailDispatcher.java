package org.thirdsectorhub.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends waiting outbox messages over SMTP. Rows are claimed with SKIP LOCKED, so several hub nodes
 * can run dispatchers without sending a message twice. Exists only when spring.mail.host is set.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    MailDispatcher(JdbcClient jdbc, JavaMailSender sender, TransactionTemplate transaction, Clock clock,
            @Value("${hub.mail.from}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${hub.mail.dispatch-interval}")
    void dispatchWaiting() {
        Integer sent;
        do {
            sent = transaction.execute(status -> sendBatch());
        } while (sent != null && sent == BATCH);
    }

    private int sendBatch() {
        List<OutboxMessage> batch = jdbc.sql("""
                SELECT * FROM mail.outbox_message WHERE status = 'WAITING'
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(BATCH).query(Outbox::map).list();
        batch.forEach(this::sendOne);
        return batch.size();
    }

    private void sendOne(OutboxMessage message) {
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(message.recipient());
            mail.setSubject(message.subject());
            mail.setText(message.body());
            sender.send(mail);
            jdbc.sql("UPDATE mail.outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                    .params(Timestamp.from(Instant.now(clock)), message.id()).update();
        } catch (MailException e) {
            log.warn("Could not send mail {} to {}: {}", message.id(), message.recipient(), e.getMessage());
            String status = message.attempts() + 1 >= MAX_ATTEMPTS ? "FAILED" : "WAITING";
            jdbc.sql("UPDATE mail.outbox_message SET status = ?, attempts = attempts + 1, last_error = ? WHERE id = ?")
                    .params(status, e.getMessage(), message.id()).update();
        }
    }
}

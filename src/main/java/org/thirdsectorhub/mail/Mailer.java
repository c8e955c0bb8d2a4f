package org.thirdsectorhub.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the outbox inside the caller's transaction, so a mail is sent only if the change
 * that caused it commits.
 */
@Service
public class Mailer {

    private final JdbcClient jdbc;
    private final Clock clock;

    Mailer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the mail; returns its outbox id. */
    @Transactional
    public UUID send(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO mail.outbox_message (id, created_at, recipient, subject, body, status)
                VALUES (?, ?, ?, ?, ?, 'WAITING')""")
                .params(id, Timestamp.from(Instant.now(clock)), mail.to(), mail.subject(), mail.body())
                .update();
        return id;
    }
}

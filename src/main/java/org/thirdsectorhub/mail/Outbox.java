package org.thirdsectorhub.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the outbox for administrators. */
@Service
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest messages, optionally only those to one recipient. */
    public List<OutboxMessage> latest(String recipient, int limit) {
        if (recipient == null || recipient.isBlank()) {
            return jdbc.sql("SELECT * FROM mail.outbox_message ORDER BY created_at DESC LIMIT ?")
                    .param(limit).query(Outbox::map).list();
        }
        return jdbc.sql("SELECT * FROM mail.outbox_message WHERE recipient ILIKE ? ORDER BY created_at DESC LIMIT ?")
                .params("%" + recipient.trim() + "%", limit).query(Outbox::map).list();
    }

    public Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("SELECT * FROM mail.outbox_message WHERE id = ?").param(id).query(Outbox::map).optional();
    }

    static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("status"),
                rs.getInt("attempts"), sentAt == null ? null : sentAt.toInstant(), rs.getString("last_error"));
    }
}

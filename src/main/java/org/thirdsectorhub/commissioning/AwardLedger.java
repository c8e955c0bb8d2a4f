package org.thirdsectorhub.commissioning;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every award of the types asked for, streamed from a database cursor (oldest first) so that a million
 * awards never sit in memory at once.
 */
@Service
public class AwardLedger {

    private static final String QUERY = """
            SELECT a.id, a.version, a.type, a.title, a.funder_organisation, a.funder_name, a.recipient_organisation,
                   a.recipient_name, a.amount, a.starts_on, a.ends_on, a.status, a.created_at, a.updated_at,
                   a.exercise, e.title AS exercise_title, e.service_area, e.ward_codes
            FROM commissioning.award a LEFT JOIN commissioning.exercise e ON e.id = a.exercise
            WHERE a.type = ANY (?) ORDER BY a.created_at, a.id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    AwardLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Hands each award of the given types (GRANT, CONTRACT, SERVICE_AGREEMENT) to the sink, one at a time. */
    public void forEachAward(Set<String> types, Consumer<AwardLine> sink) {
        String[] wanted = types.toArray(String[]::new);
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(QUERY);
            statement.setFetchSize(2000);
            statement.setArray(1, connection.createArrayOf("text", wanted));
            return statement;
        }, rs -> {
            sink.accept(line(rs));
        }));
    }

    private static AwardLine line(ResultSet rs) throws SQLException {
        String wards = rs.getString("ward_codes");
        List<String> wardCodes = wards == null || wards.isBlank() ? List.of()
                : Arrays.stream(wards.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new AwardLine(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("type"),
                rs.getString("title"), rs.getObject("funder_organisation", UUID.class), rs.getString("funder_name"),
                rs.getObject("recipient_organisation", UUID.class), rs.getString("recipient_name"),
                rs.getBigDecimal("amount"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("exercise", UUID.class),
                rs.getString("exercise_title"), rs.getString("service_area"), wardCodes);
    }
}

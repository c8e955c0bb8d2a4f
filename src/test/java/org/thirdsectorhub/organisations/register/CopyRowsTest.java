package org.thirdsectorhub.organisations.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class CopyRowsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyJavaTypeArrivesAsItsColumnType() throws Exception {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-26T03:24:37.500364Z");
        CopyRows rows = new CopyRows("pg_temp.copied (u, s, i, l, b, d, ts, n)")
                .row(id, "caf\u00e9 \u201cquoted\u201d\ttab\\slash\nline", 42, 9_000_000_000L, true,
                        LocalDate.of(1962, 11, 8), at, new BigDecimal("153000000"))
                .row(null, "", -1, null, false, LocalDate.of(2000, 1, 1), Instant.parse("1999-12-31T23:59:59Z"),
                        new BigDecimal("-0.5"))
                .row(UUID.randomUUID(), null, null, null, null, null, null, null);

        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TEMP TABLE copied (u uuid, s text, i int, l bigint, b boolean,"
                    + " d date, ts timestamptz, n numeric(15,2), position serial)");
            assertThat(rows.copy(connection)).isEqualTo(3);
            var result = connection.createStatement().executeQuery("SELECT u, s, i, l, b, d::text, ts, n::text FROM copied"
                    + " ORDER BY position");
            assertThat(result.next()).isTrue();
            assertThat(result.getObject(1, UUID.class)).isEqualTo(id);
            assertThat(result.getString(2)).isEqualTo("caf\u00e9 \u201cquoted\u201d\ttab\\slash\nline");
            assertThat(List.of(result.getInt(3), result.getLong(4), result.getBoolean(5), result.getString(6)))
                    .containsExactly(42, 9_000_000_000L, true, "1962-11-08");
            assertThat(result.getTimestamp(7).toInstant()).isEqualTo(at);
            assertThat(result.getString(8)).isEqualTo("153000000.00");
            assertThat(result.next()).isTrue();
            assertThat(result.getObject(1)).isNull();
            assertThat(List.of(result.getString(2), result.getInt(3), result.getBoolean(5), result.getString(6)))
                    .containsExactly("", -1, false, "2000-01-01");
            assertThat(result.getTimestamp(7).toInstant()).isEqualTo(Instant.parse("1999-12-31T23:59:59Z"));
            assertThat(result.getString(8)).isEqualTo("-0.50");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(2)).isNull();
            assertThat(result.getObject(7)).isNull();
            connection.createStatement().execute("DROP TABLE copied");
        }
    }

    @Test
    void aValueOfATypeWithNoBinaryFormIsRefused() {
        assertThatThrownBy(() -> new CopyRows("t (a)").row(3.5f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Float");
    }
}

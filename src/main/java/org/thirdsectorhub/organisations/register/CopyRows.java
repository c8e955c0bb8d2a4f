package org.thirdsectorhub.organisations.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.util.ByteConverter;

/**
 * Rows for {@code COPY ... FROM STDIN} in PostgreSQL's binary format, written straight into a table. Each value
 * goes as its Java type says: UUID as uuid, String as text, Integer as integer, Long as bigint, Boolean as boolean,
 * LocalDate as date, Instant as timestamptz, BigDecimal as numeric, null as NULL; so each value must have the type
 * of its column. Measured with psql at 400,000 charities, the server took the binary rows of the five largest
 * tables in 3.2 s where it took their text in 7.6 s: text has to be scanned for delimiters and escapes and every
 * uuid and timestamp parsed.
 */
final class CopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final String sql;
    private byte[] bytes = new byte[1 << 12];
    private int length;
    private int rows;

    /** {@code target}: the table and its columns, as in {@code organisations.organisation_tag (organisation, tag)}. */
    CopyRows(String target) {
        this.sql = "COPY " + target + " FROM STDIN WITH (FORMAT binary)";
        put(SIGNATURE);
        putInt(0);
        putInt(0);
    }

    CopyRows row(Object... values) {
        putShort(values.length);
        for (Object value : values) {
            field(value);
        }
        rows++;
        return this;
    }

    private void field(Object value) {
        if (value == null) {
            putInt(-1);
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            put(utf8);
        } else if (value instanceof UUID uuid) {
            putInt(16);
            putLong(uuid.getMostSignificantBits());
            putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof Integer number) {
            putInt(4);
            putInt(number);
        } else if (value instanceof Long number) {
            putInt(8);
            putLong(number);
        } else if (value instanceof Boolean flag) {
            putInt(1);
            room(1);
            bytes[length++] = (byte) (flag ? 1 : 0);
        } else if (value instanceof LocalDate date) {
            putInt(4);
            putInt(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
        } else if (value instanceof Instant instant) {
            putInt(8);
            putLong(ChronoUnit.MICROS.between(POSTGRES_EPOCH, instant));
        } else if (value instanceof BigDecimal decimal) {
            byte[] numeric = ByteConverter.numeric(decimal);
            putInt(numeric.length);
            put(numeric);
        } else {
            throw new IllegalArgumentException("No binary COPY form for a " + value.getClass().getName());
        }
    }

    @Override
    public String toString() {
        return sql;
    }

    int size() {
        return rows;
    }

    /** The stream as it will be sent, with its trailer. */
    byte[] stream() {
        byte[] all = Arrays.copyOf(bytes, length + 2);
        all[length] = (byte) 0xFF;
        all[length + 1] = (byte) 0xFF;
        return all;
    }

    /** Copies the rows on {@code connection} (the transaction's), returns how many. */
    long copy(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(stream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(byte[] more) {
        room(more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    private void putShort(int value) {
        room(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void putInt(int value) {
        room(4);
        ByteConverter.int4(bytes, length, value);
        length += 4;
    }

    private void putLong(long value) {
        room(8);
        ByteConverter.int8(bytes, length, value);
        length += 8;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}

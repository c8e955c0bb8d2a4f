package org.thirdsectorhub.socialvalue.proxy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebases a value from one price year to another with the price index kept as data
 * (value × index[target] ÷ index[from]). Years outside the series use its nearest year, and say so.
 */
@Component
public class PriceIndex {

    public static final String SERIES = "CPI";

    private final JdbcClient jdbc;

    PriceIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NavigableMap<Integer, BigDecimal> series() {
        NavigableMap<Integer, BigDecimal> values = new TreeMap<>();
        jdbc.sql("SELECT year, value FROM socialvalue.price_index WHERE series = ? ORDER BY year").param(SERIES)
                .query((rs, n) -> Map.entry(rs.getInt("year"), rs.getBigDecimal("value"))).list()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        return values;
    }

    public String source() {
        return jdbc.sql("SELECT min(source) FROM socialvalue.price_index WHERE series = ?").param(SERIES)
                .query(String.class).optional().orElse("");
    }

    /**
     * @return the value in prices of {@code toYear}, with the years of the index actually used
     */
    public Rebased rebase(BigDecimal value, int fromYear, int toYear) {
        return rebase(series(), value, fromYear, toYear);
    }

    static Rebased rebase(NavigableMap<Integer, BigDecimal> series, BigDecimal value, int fromYear, int toYear) {
        if (series.isEmpty() || fromYear == toYear) {
            return new Rebased(value, fromYear, toYear, fromYear == toYear);
        }
        int from = clamp(series, fromYear);
        int to = clamp(series, toYear);
        BigDecimal rebased = value.multiply(series.get(to)).divide(series.get(from), MathContext.DECIMAL64)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        return new Rebased(rebased, from, to, from == fromYear && to == toYear);
    }

    private static int clamp(NavigableMap<Integer, BigDecimal> series, int year) {
        return Math.max(series.firstKey(), Math.min(series.lastKey(), year));
    }

    /**
     * @param value the rebased value, to the penny
     * @param indexFrom the index year used for the original price year
     * @param indexTo the index year used for the target year
     * @param exact false when a year lay outside the series and its nearest year was used
     */
    public record Rebased(BigDecimal value, int indexFrom, int indexTo, boolean exact) {}
}

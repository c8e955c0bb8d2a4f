package org.thirdsectorhub.socialvalue.proxy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the proxy library: PostgreSQL full text on name, category, notes and source. */
@Service
public class ProxyLibrary {

    private final JdbcClient jdbc;

    ProxyLibrary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ProxyEntry> search(String text, String category, int page, int size) {
        return jdbc.sql("SELECT id, name, category, value, unit, price_year, source, source_url, licence, notes "
                        + "FROM socialvalue.proxy WHERE " + WHERE + " ORDER BY "
                        + "CASE WHEN :q = '' THEN 0 ELSE ts_rank(search, websearch_to_tsquery('english', :q)) END DESC, "
                        + "category, name LIMIT :size OFFSET :offset")
                .param("q", text).param("category", category == null ? "" : category)
                .param("size", size).param("offset", (Math.max(page, 1) - 1) * size)
                .query(ProxyLibrary::entry).list();
    }

    @Transactional(readOnly = true)
    public long count(String text, String category) {
        return jdbc.sql("SELECT count(*) FROM socialvalue.proxy WHERE " + WHERE)
                .param("q", text).param("category", category == null ? "" : category)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<String> categories() {
        return jdbc.sql("SELECT DISTINCT category FROM socialvalue.proxy ORDER BY category").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<ProxyEntry> all() {
        return jdbc.sql("SELECT id, name, category, value, unit, price_year, source, source_url, licence, notes "
                + "FROM socialvalue.proxy ORDER BY category, name LIMIT 1000").query(ProxyLibrary::entry).list();
    }

    @Transactional(readOnly = true)
    public Optional<ProxyEntry> find(UUID id) {
        return jdbc.sql("SELECT id, name, category, value, unit, price_year, source, source_url, licence, notes "
                + "FROM socialvalue.proxy WHERE id = ?").param(id).query(ProxyLibrary::entry).optional();
    }

    private static final String WHERE = "(:q = '' OR search @@ websearch_to_tsquery('english', :q) "
            + "OR name ILIKE '%' || :q || '%') AND (:category = '' OR category = :category)";

    /** Pence always shown; more decimals only when the value has them. */
    static java.math.BigDecimal money(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    static ProxyEntry entry(ResultSet rs, int row) throws SQLException {
        return new ProxyEntry(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("category"),
                money(rs.getBigDecimal("value")), rs.getString("unit"), rs.getInt("price_year"),
                rs.getString("source"), rs.getString("source_url"), rs.getString("licence"), rs.getString("notes"));
    }
}

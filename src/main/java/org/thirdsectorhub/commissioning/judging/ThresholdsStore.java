package org.thirdsectorhub.commissioning.judging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.commissioning.conformance.Thresholds;
import tools.jackson.databind.json.JsonMapper;

/** The thresholds in force, as agreed data with a version number. */
@Component
public class ThresholdsStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ThresholdsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Versioned current() {
        return jdbc.sql("SELECT version, thresholds::text AS thresholds FROM commissioning.thresholds_version "
                        + "ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> new Versioned(rs.getInt("version"),
                        json.readValue(rs.getString("thresholds"), Thresholds.class)))
                .single();
    }

    /** Stores a new version agreed by the partnership; the caller judges everything again under it. */
    public int publish(Thresholds thresholds, java.time.LocalDate agreedOn, String publishedBy) {
        int version = current().version() + 1;
        jdbc.sql("""
                INSERT INTO commissioning.thresholds_version (version, thresholds, agreed_on, published_at, published_by)
                VALUES (?, ?::jsonb, ?, now(), ?)""")
                .params(version, json.writeValueAsString(thresholds), java.sql.Date.valueOf(agreedOn), publishedBy)
                .update();
        return version;
    }

    public record Versioned(int version, Thresholds thresholds) {}
}

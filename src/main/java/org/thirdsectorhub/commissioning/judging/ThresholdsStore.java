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

    public record Versioned(int version, Thresholds thresholds) {}
}

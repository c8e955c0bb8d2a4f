package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.support.HubIntegrationTest;

/** The reference data in the migrations is exactly the published data in ../shared/data. */
@HubIntegrationTest
class ReferenceDataTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWardsAreMiltonKeynesWardsAsTheOnsPublishesThem() throws Exception {
        Map<String, String> published = new HashMap<>();
        for (CSVRecord row : read(Path.of("../shared/data/geography/milton-keynes-wards-2014.csv"))) {
            published.put(row.get("ward_code"), row.get("ward_name"));
            assertThat(row.get("lad_code")).isEqualTo("E06000042");
        }
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT code, name FROM organisations.area WHERE kind = 'WARD'")
                .query((rs, n) -> stored.put(rs.getString("code"), rs.getString("name"))).list();
        assertThat(stored).isEqualTo(published);
    }

    @Test
    void theClassificationIsTheCharityCommissions() throws Exception {
        Map<String, String> published = new HashMap<>();
        for (CSVRecord row : read(Path.of("../shared/data/charity-commission/lookups/ccew-classification.csv"))) {
            published.put(row.get("code"), row.get("category") + "|" + row.get("name"));
        }
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT code, category, name FROM organisations.taxonomy_term WHERE taxonomy = 'ccew'")
                .query((rs, n) -> stored.put(rs.getString("code"), rs.getString("category") + "|" + rs.getString("name")))
                .list();
        assertThat(stored).isEqualTo(published);
    }

    private static Iterable<CSVRecord> read(Path path) throws Exception {
        Reader reader = Files.newBufferedReader(path);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
}

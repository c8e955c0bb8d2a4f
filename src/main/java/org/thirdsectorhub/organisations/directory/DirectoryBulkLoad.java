package org.thirdsectorhub.organisations.directory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For a first load into an empty register: noting each inserted row for the directory index, statement by
 * statement, cost a tenth of a national import, and the index is rebuilt from scratch afterwards anyway.
 */
@Component
public class DirectoryBulkLoad {

    private static final List<String> WATCHED = List.of("organisation", "classification", "organisation_classification",
            "organisation_quality_mark", "organisation_identifier", "organisation_other_name", "organisation_tag");

    private final JdbcClient jdbc;

    DirectoryBulkLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inside the load's transaction, stops noting inserts; returns what, run before the load commits, notes
     * every organisation once for every node and notes inserts again. A failed load rolls all of it back.
     */
    public Runnable withoutInsertNotes() {
        WATCHED.forEach(table -> jdbc.sql("ALTER TABLE organisations." + table + " DISABLE TRIGGER " + table
                + "_directory_insert").update());
        return () -> {
            WATCHED.forEach(table -> jdbc.sql("ALTER TABLE organisations." + table + " ENABLE TRIGGER " + table
                    + "_directory_insert").update());
            jdbc.sql("UPDATE organisations.directory_index_node SET rebuild = TRUE").update();
            // One change row as well (for no organisation), so the cheap check before each search sees there is work.
            jdbc.sql("""
                    INSERT INTO organisations.directory_change (node, organisation)
                    SELECT id, '00000000-0000-0000-0000-000000000000' FROM organisations.directory_index_node
                    ON CONFLICT DO NOTHING""").update();
        };
    }
}

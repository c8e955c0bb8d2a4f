package org.thirdsectorhub.organisations.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thirdsectorhub.organisations.directory.DirectoryBulkLoad;

/**
 * How a first load into an empty register goes faster, all inside the import's transaction, so a failed import
 * leaves every table, key and index as it was:
 * <ul>
 * <li>the foreign keys from and to the tables an import fills are dropped and added back at the end, where
 * kept, each of the millions of rows a national register brings is checked on its own (measured: a sixth of the
 * import); they are added back unchecked and checked after the commit (see {@link KeyValidation});</li>
 * <li>those tables are emptied with TRUNCATE, which gives them new files in this transaction, which a server
 * with wal_level minimal (the embedded one) fills without writing each row to its write-ahead log as well,
 * syncing the files at commit instead;</li>
 * <li>their primary keys and indexes are dropped and built once at the end, sorted, instead of row by row
 * (measured at 400,000 charities: the organisation table's COPY took 7.1 s with its six indexes, 3.1 s without,
 * and building them afterwards 1.3 s). Nothing may look anything up in those tables meanwhile: an importer
 * loading into an empty register writes through {@link OrganisationBatchStore#newRows}, which looks nothing up,
 * and makes sure itself that no source key comes twice.</li>
 * </ul>
 * All of it locks the tables until the import commits, which an empty register can afford. The directory
 * index's per-statement notes are suspended likewise, and every organisation noted once at the end.
 */
public final class FirstLoad {

    private static final String FILLED = "organisation organisation_identifier organisation_other_name"
            + " organisation_classification organisation_tag organisation_area organisation_quality_mark"
            + " organisation_contact organisation_version classification organisation_import";
    private static final String TABLES_NAMED = """
            SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'organisations' AND c.relname = ANY(string_to_array(?, ' '))""";

    private final JdbcTemplate jdbc;
    private final boolean intoEmptyRegister;
    private final List<String> undo = new ArrayList<>();
    private Runnable restoreDirectoryNotes = () -> { };

    private final KeyValidation keys;

    private FirstLoad(JdbcTemplate jdbc, KeyValidation keys, boolean intoEmptyRegister) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.intoEmptyRegister = intoEmptyRegister;
    }

    /**
     * Prepares the load; {@link #finish} restores keys and indexes before the import commits. Keys are dropped
     * whatever the register holds; tables emptied and indexes deferred only if it is empty.
     */
    static FirstLoad begin(JdbcTemplate jdbc, DirectoryBulkLoad directory, KeyValidation keys, boolean registerIsEmpty) {
        FirstLoad load = new FirstLoad(jdbc, keys, registerIsEmpty);
        load.dropForeignKeys();
        if (registerIsEmpty) {
            jdbc.execute("TRUNCATE " + Arrays.stream(FILLED.split(" ")).map(table -> "organisations." + table)
                    .collect(Collectors.joining(", ")));
            load.dropIndexes();
        }
        load.restoreDirectoryNotes = directory.withoutInsertNotes();
        return load;
    }

    /**
     * Whether the register was empty: every organisation the run brings is then new, and the filled tables have
     * no indexes until {@link #finish}, so the run must write through {@link OrganisationBatchStore#newRows}.
     */
    public boolean intoEmptyRegister() {
        return intoEmptyRegister;
    }

    /** Adds back every key and index and notes every organisation for the directory; call it before committing. */
    public void finish() {
        long start = System.nanoTime();
        restoreDirectoryNotes.run();
        OrganisationBatchStore.time("directory notes for every organisation", start);
        start = System.nanoTime();
        jdbc.execute("SET LOCAL maintenance_work_mem = '256MB'");
        jdbc.execute("SET LOCAL work_mem = '128MB'");
        for (String statement : undo) {
            long one = System.nanoTime();
            jdbc.execute(statement);
            OrganisationBatchStore.time("added back: " + statement.replaceAll("\\(.*", ""), one);
        }
        jdbc.execute("RESET work_mem");
        jdbc.execute("RESET maintenance_work_mem");
        keys.afterCommit();
        OrganisationBatchStore.time("indexes and foreign keys added back", start);
    }

    private void dropForeignKeys() {
        jdbc.query("""
                SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype = 'f' AND (conrelid IN (%1$s) OR confrelid IN (%1$s))""".formatted(TABLES_NAMED),
                (rs, n) -> dropped("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2),
                        "ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " "
                                + rs.getString(3).replace(" NOT VALID", "") + " NOT VALID"),
                FILLED, FILLED).forEach(jdbc::execute);
    }

    /** Primary keys and indexes first in the undo list, so the keys added back after them find them. */
    private void dropIndexes() {
        List<String> drops = new ArrayList<>(jdbc.query("""
                SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype IN ('p', 'u') AND conrelid IN (%s)""".formatted(TABLES_NAMED),
                (rs, n) -> droppedFirst("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2),
                        "ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3)),
                FILLED));
        drops.addAll(jdbc.query("""
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid IN (%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"""
                        .formatted(TABLES_NAMED),
                (rs, n) -> droppedFirst("DROP INDEX " + rs.getString(1), rs.getString(2)), FILLED));
        drops.forEach(jdbc::execute);
    }

    private String dropped(String drop, String restore) {
        undo.add(restore);
        return drop;
    }

    private String droppedFirst(String drop, String restore) {
        undo.add(0, restore);
        return drop;
    }
}

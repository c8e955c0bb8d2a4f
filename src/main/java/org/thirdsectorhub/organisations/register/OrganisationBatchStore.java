package org.thirdsectorhub.organisations.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.definition.Classification;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.definition.Reason;
import org.thirdsectorhub.organisations.directory.DirectoryBulkLoad;
import org.thirdsectorhub.shared.identifiers.OrgId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports' way into the register: the same rows as {@link OrganisationStore} and
 * {@link RegisterService} write (the organisation with its search words, its lists, a version of the
 * whole profile, the classification against the definition in force), written a batch at a time with
 * one statement per table ({@code INSERT ... SELECT FROM unnest(arrays)}), because the per-organisation
 * path is far too slow for a national register.
 *
 * <p>What it does not do per organisation: no audit entry (the import run is audited once, and every
 * change is in the organisation's versions, whose summary names the run) and no
 * OrganisationRegistered/OrganisationUpdated events (nothing listens to them yet; a listener added
 * later should be fed from the run, not 400,000 events).
 *
 * <p>Each incoming profile is compared with what the same source said last time, by a hash of the
 * profile kept in organisation_import: the same file twice changes nothing. Organisations edited in
 * the hub (locally_edited) are never overwritten; what the register says is recorded as an import flag.
 * Call it inside the import's transaction.
 */
@Component
public class OrganisationBatchStore {

    private static final String LISTS = "organisation_identifier organisation_other_name organisation_classification "
            + "organisation_tag organisation_area organisation_quality_mark organisation_contact";

    private final JdbcTemplate jdbc;
    private final DirectoryBulkLoad directory;
    private final KeyValidation keys;
    private final SnapshotJson snapshots;
    private final Definitions definitions;
    private final JsonMapper json;
    private final Clock clock;

    OrganisationBatchStore(DataSource dataSource, Definitions definitions, JsonMapper json,
            Clock clock, DirectoryBulkLoad directory, KeyValidation keys, SnapshotJson snapshots) {
        this.keys = keys;
        this.snapshots = snapshots;
        this.jdbc = new JdbcTemplate(dataSource);
        this.directory = directory;
        this.definitions = definitions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One organisation as a source describes it: its key in that source, the identifier to match by, the
     * profile and its {@link #hash}, computed where the Incoming is made (an importer's reading thread).
     */
    public record Incoming(String sourceKey, OrgId matchBy, OrganisationDraft draft, String hash) {

        public Incoming(String sourceKey, OrgId matchBy, OrganisationDraft draft) {
            this(sourceKey, matchBy, draft, OrganisationBatchStore.hash(draft));
        }
    }

    /** What a batch did. */
    public record Outcome(int imported, int updated, int unchanged, int flagged) {}

    /** One organisation the source no longer lists. */
    public record Absent(String sourceKey, UUID organisation) {}

    /**
     * One import run's settings. {@code overwriteOtherSources}: whether this source's profile replaces one
     * that came from elsewhere (the Charity Commission's does; Companies House's only links to it).
     */
    public Session session(String source, UUID run, String label, String changedBy, boolean overwriteOtherSources) {
        Instant at = Instant.now(clock);
        return new Session(source, run, label, changedBy, overwriteOtherSources, definitions.current(), at.toString(),
                at, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * {@code now} and {@code at}: when the run writes, as text and as an instant; {@code reasonIds}: the id of each
     * set of reasons this run has stored or found, by verdict.
     */
    public record Session(String source, UUID run, String label, String changedBy, boolean overwriteOtherSources,
            DefinitionRules rules, String now, Instant at, Map<Classification, UUID> reasonIds) {}

    /**
     * For a load into an empty register (see {@link FirstLoad#intoEmptyRegister}), on any thread: the batch as rows for COPY, every
     * organisation in it new. The caller makes sure that no source key comes twice in a run.
     */
    public NewRows newRows(Session session, List<Incoming> batch) {
        NewRows rows = new NewRows(session, snapshots);
        batch.forEach(item -> rows.add(new Prepared(timeOrderedId().toString(), item, item.hash(), false)));
        return rows;
    }

    /** Writes rows from {@link #newRows}, in the import's transaction, without looking anything up first. */
    public Outcome insert(Session session, NewRows rows) {
        long start = System.nanoTime();
        try {
            copyAll(session, rows);
            return new Outcome(rows.size(), 0, 0, 0);
        } finally {
            time("write (all statements of a batch)", start);
        }
    }

    public Outcome write(Session session, List<Incoming> batch) {
        long start = System.nanoTime();
        try {
            return writeNow(session, batch);
        } finally {
            time("write (all statements of a batch)", start);
        }
    }

    private Outcome writeNow(Session session, List<Incoming> batch) {
        Map<String, Incoming> byKey = new LinkedHashMap<>();
        batch.forEach(item -> byKey.put(item.sourceKey(), item));
        Map<String, String[]> known = knownImports(session.source(), byKey.keySet());
        Map<String, String> byIdentifier = matchByIdentifier(byKey.values().stream()
                .filter(item -> !known.containsKey(item.sourceKey()) && item.matchBy() != null).toList());
        List<String> matchedIds = new ArrayList<>();
        known.values().forEach(row -> matchedIds.add(row[0]));
        matchedIds.addAll(byIdentifier.values());
        Map<String, String[]> states = states(matchedIds);

        List<Prepared> inserts = new ArrayList<>();
        List<Prepared> updates = new ArrayList<>();
        List<Prepared> links = new ArrayList<>();
        List<Prepared> flags = new ArrayList<>();
        int unchanged = 0;
        for (Incoming item : byKey.values()) {
            String hash = item.hash();
            String[] knownRow = known.get(item.sourceKey());
            String id = knownRow != null ? knownRow[0]
                    : item.matchBy() == null ? null : byIdentifier.get(item.matchBy().identifier());
            String[] state = id == null ? null : states.get(id);
            if (state == null) {
                inserts.add(new Prepared(timeOrderedId().toString(), item, hash, knownRow != null));
            } else if (knownRow != null && knownRow[1].equals(hash)) {
                unchanged++;
            } else if (Boolean.parseBoolean(state[1])) {
                flags.add(new Prepared(id, item, hash));
            } else if (!state[2].equals(session.source()) && !session.overwriteOtherSources()) {
                links.add(new Prepared(id, item, hash));
                unchanged++;
            } else {
                updates.add(new Prepared(id, item, hash));
            }
        }
        insert(session, inserts);
        update(session, updates);
        recordImports(session, links);
        flag(session, flags);
        return new Outcome(inserts.size(), updates.size(), unchanged, flags.size());
    }

    /**
     * Marks organisations the source no longer lists as removed, in batches; locally edited ones are
     * flagged instead. Returns how many were removed and how many flagged.
     */
    public Outcome remove(Session session, List<Absent> absent) {
        Map<String, String> snapshots = latestSnapshots(absent.stream().map(a -> a.organisation().toString()).toList());
        Map<String, String[]> states = states(new ArrayList<>(snapshots.keySet()));
        List<Prepared> updates = new ArrayList<>();
        List<Prepared> flags = new ArrayList<>();
        for (Absent gone : absent) {
            String id = gone.organisation().toString();
            String snapshot = snapshots.get(id);
            if (snapshot == null || states.get(id) == null) {
                continue;
            }
            OrganisationDraft draft = withStatus(json.readValue(snapshot, OrganisationDraft.class), OrganisationStatus.REMOVED);
            Incoming incoming = new Incoming(gone.sourceKey(), null, draft);
            Prepared prepared = new Prepared(id, incoming, incoming.hash());
            (Boolean.parseBoolean(states.get(id)[1]) ? flags : updates).add(prepared);
        }
        update(session, updates);
        flag(session, flags);
        return new Outcome(0, updates.size(), 0, flags.size());
    }

    /**
     * Refreshes the planner's statistics of the tables an import fills. Rows written earlier in the same
     * transaction are otherwise unknown to the planner, which then picks nested loops over "empty"
     * tables: measured, a 20,000-charity import spent most of its time in such plans.
     */
    public void analyse() {
        long start = System.nanoTime();
        jdbc.execute("ANALYZE organisations.organisation, organisations.organisation_import,"
                + " organisations.organisation_identifier, organisations.organisation_version, organisations.classification");
        time("ANALYZE", start);
    }

    /** Whether the register holds no organisation at all, as before the first import of the national register. */
    public boolean registerIsEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM organisations.organisation)",
                Boolean.class));
    }

    /**
     * Begins a bulk load (see {@link FirstLoad}), whose {@link FirstLoad#finish} restores keys and indexes. Call it
     * inside the import's transaction.
     */
    public FirstLoad beginBulkLoad() {
        return FirstLoad.begin(jdbc, directory, keys, registerIsEmpty());
    }

    /** The organisations this source imported that are not yet removed, key to id, for the caller to check. */
    public void eachImported(String source, java.util.function.BiConsumer<String, UUID> consumer) {
        jdbc.query("""
                SELECT r.source_key, r.organisation FROM organisations.organisation_import r
                JOIN organisations.organisation o ON o.id = r.organisation
                WHERE r.source = ? AND o.status <> 'REMOVED' AND o.deleted_at IS NULL AND o.merged_into IS NULL""",
                rs -> {
                    consumer.accept(rs.getString(1), rs.getObject(2, UUID.class));
                }, source);
    }

    /** {@code recorded}: whether organisation_import already has a row for the source key (to be replaced). */
    record Prepared(String id, Incoming item, String hash, boolean recorded) {

        Prepared(String id, Incoming item, String hash) {
            this(id, item, hash, true);
        }
    }

    /**
     * New organisations, copied into every table with COPY: each has a new id, so its version is number 1,
     * it has no classification yet and no list rows.
     */
    private void insert(Session session, List<Prepared> rows) {
        if (rows.isEmpty()) {
            return;
        }
        NewRows copies = new NewRows(session, snapshots);
        rows.forEach(copies::add);
        copyAll(session, copies);
    }

    private void copyAll(Session session, NewRows rows) {
        copy(rows.organisations);
        rows.lists.all().forEach(this::copy);
        copy(rows.versions);
        CopyRows verdicts = new CopyRows("organisations.classification (id, organisation, definition_version,"
                + " third_sector, kind, reasons_id, classified_at)");
        for (int i = 0; i < rows.ids.size(); i++) {
            Classification verdict = rows.verdicts.get(i);
            verdicts.row(timeOrderedId(), rows.ids.get(i), verdict.definitionVersion(), verdict.thirdSector(),
                    verdict.kind().name(), reasonsId(session, verdict), session.at());
        }
        copy(verdicts);
        copy(rows.imports);
        recordImports(session, rows.reimported);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A new id in the layout of a version 7 UUID (milliseconds, then a counter, then random bits): an import's
     * new rows then go to the right-hand edge of every index keyed by organisation, instead of to random pages
     * of indexes that outgrow the server's buffers at national scale.
     */
    static UUID timeOrderedId() {
        long most = (System.currentTimeMillis() << 16) | 0x7000L | (SEQUENCE.getAndIncrement() & 0x0FFFL);
        long least = (java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The id of the verdict's set of reasons; an import meets only a few dozen different sets. */
    private UUID reasonsId(Session session, Classification verdict) {
        return session.reasonIds().computeIfAbsent(verdict, v -> ReasonSets.idOf(JdbcClient.create(jdbc),
                json.writeValueAsString(v.reasons())));
    }

    static String limited(String summary) {
        return summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }

    private void copy(CopyRows rows) {
        if (rows.size() == 0) {
            return;
        }
        long start = System.nanoTime();
        jdbc.execute((java.sql.Connection con) -> rows.copy(con));
        time(rows.toString(), start);
    }

    private void update(Session session, List<Prepared> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> ids = rows.stream().map(Prepared::id).toList();
        Map<String, String> before = latestSnapshots(ids);
        Table organisation = organisationColumns(rows);
        execute("""
                UPDATE organisations.organisation o SET name = u.name, legal_form = u.legal_form, status = u.status,
                    description = u.description, website = u.website, email = u.email, phone = u.phone,
                    address_line = u.address_line, town = u.town, postcode = u.postcode, ward_code = u.ward_code,
                    income_band = u.income_band, latest_income = u.latest_income::numeric, staff_count = u.staff::int,
                    volunteer_count = u.volunteers::int, founded_on = u.founded::date, public_body = u.pb::boolean,
                    controlled_by_public_body = u.cpb::boolean, profit_distribution = u.distribution,
                    asset_lock = u.asset_lock::boolean, faith_based = u.faith::boolean, social_purpose = u.social_purpose,
                    updated_at = ?::timestamptz,
                    version = o.version + 1
                FROM unnest(""" + organisation.placeholders() + ") AS u(" + ORGANISATION_COLUMNS + ") WHERE o.id = u.id::uuid",
                List.of(session.now()), organisation);
        for (String table : LISTS.split(" ")) {
            execute("DELETE FROM organisations." + table + " WHERE organisation = ANY(?::uuid[])", List.of(),
                    new Table().column(ids));
        }
        writeLists(rows);
        writeVersions(session, rows, false, before);
        classify(session, rows, currentClassifications(ids));
        recordImports(session, rows);
    }

    private static final String ORGANISATION_COLUMNS = "id, name, legal_form, status, description, website, email, phone,"
            + " address_line, town, postcode, ward_code, income_band, latest_income, staff, volunteers, founded, pb, cpb,"
            + " distribution, asset_lock, faith, social_purpose";

    private Table organisationColumns(List<Prepared> rows) {
        Table t = new Table(23);
        for (Prepared row : rows) {
            t.row(organisationColumns(row.id(), row.item().draft()));
        }
        return t;
    }

    /** The organisation's own columns in the order of ORGANISATION_COLUMNS, as text. */
    private static String[] organisationColumns(String id, OrganisationDraft d) {
        return new String[] {id, d.name().trim(), d.legalForm().name(), d.status().name(), d.description(),
                d.website(), d.email(), d.phone(), d.addressLine(), d.town(), d.postcode(), d.wardCode(),
                d.incomeBand() == null ? null : d.incomeBand().name(), text(d.latestIncome()), text(d.staffCount()),
                text(d.volunteerCount()), text(d.foundedOn()), text(d.publicBody()), text(d.controlledByPublicBody()),
                d.profitDistribution().name(), text(d.assetLock()), text(d.faithBased()), d.socialPurpose()};
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private void writeLists(List<Prepared> rows) {
        ListRows lists = new ListRows();
        rows.forEach(row -> lists.add(UUID.fromString(row.id()), row.item().draft()));
        lists.all().forEach(this::copy);
    }

    private void writeVersions(Session session, List<Prepared> rows, boolean first, Map<String, String> before) {
        Table versions = new Table(3);
        for (Prepared row : rows) {
            OrganisationDraft draft = row.item().draft();
            String summary;
            if (first) {
                summary = "Added from " + session.label();
            } else {
                String was = before.get(row.id());
                summary = session.label() + ": " + (was == null ? "changed"
                        : ProfileDifferences.between(json.readValue(was, OrganisationDraft.class), draft).summary());
            }
            versions.row(row.id(), snapshots.of(draft), limited(summary));
        }
        execute("""
                INSERT INTO organisations.organisation_version (organisation, number, snapshot, changed_at, changed_by, summary)
                SELECT u.a::uuid, (SELECT coalesce(max(v.number), 0) + 1 FROM organisations.organisation_version v
                                   WHERE v.organisation = u.a::uuid),
                       u.b, ?::timestamptz, ?, u.c
                FROM unnest(?::text[], ?::text[], ?::text[]) AS u(a, b, c)""",
                List.of(session.now(), session.changedBy()), versions);
    }

    private void classify(Session session, List<Prepared> rows, Map<String, Classification> current) {
        Table verdicts = new Table(5);
        List<String> superseded = new ArrayList<>();
        for (Prepared row : rows) {
            Classification verdict = NewRows.classify(row.item().draft(), session.rules());
            if (verdict.equals(current.get(row.id()))) {
                continue;
            }
            if (current.containsKey(row.id())) {
                superseded.add(row.id());
            }
            verdicts.row(row.id(), String.valueOf(verdict.definitionVersion()), String.valueOf(verdict.thirdSector()),
                    verdict.kind().name(), reasonsId(session, verdict).toString());
        }
        if (!superseded.isEmpty()) {
            execute("UPDATE organisations.classification SET current = FALSE WHERE organisation = ANY(?::uuid[]) AND current",
                    List.of(), new Table().column(superseded));
        }
        execute("""
                INSERT INTO organisations.classification (id, organisation, definition_version, third_sector, kind,
                    reasons_id, classified_at, current)
                SELECT gen_random_uuid(), u.a::uuid, u.b::int, u.c::boolean, u.d, u.e::uuid, ?::timestamptz, TRUE
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(a, b, c, d, e)""",
                List.of(session.now()), verdicts);
    }

    private void recordImports(Session session, List<Prepared> rows) {
        Table imports = new Table(3);
        rows.forEach(row -> imports.row(row.id(), row.item().sourceKey(), row.hash()));
        execute("""
                INSERT INTO organisations.organisation_import (organisation, source, source_key, content_hash, imported_at, run)
                SELECT u.a::uuid, ?, u.b, u.c, ?::timestamptz, ?::uuid FROM unnest(?::text[], ?::text[], ?::text[]) AS u(a, b, c)
                ON CONFLICT (source, source_key) DO UPDATE SET organisation = excluded.organisation,
                    content_hash = excluded.content_hash, imported_at = excluded.imported_at, run = excluded.run""",
                List.of(session.source(), session.now(), String.valueOf(session.run())), imports);
    }

    private void flag(Session session, List<Prepared> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> before = latestSnapshots(rows.stream().map(Prepared::id).toList());
        Table flags = new Table(4);
        for (Prepared row : rows) {
            String was = before.get(row.id());
            OrganisationDraft draft = row.item().draft();
            String differences = was == null ? "a different profile"
                    : ProfileDifferences.between(json.readValue(was, OrganisationDraft.class), draft).differences().stream()
                            .map(d -> d.field() + " \u201c" + abbreviate(d.after()) + "\u201d").collect(Collectors.joining("; "));
            String message = "Edited in the hub, so not changed: " + session.label() + " says " + differences;
            flags.row(row.id(), row.hash(), message, json.writeValueAsString(draft));
        }
        execute("""
                INSERT INTO organisations.import_flag (id, organisation, source, content_hash, message, proposed, run, flagged_at)
                SELECT gen_random_uuid(), u.a::uuid, ?, u.b, u.c, u.d::jsonb, ?::uuid, ?::timestamptz
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(a, b, c, d)
                ON CONFLICT (organisation, source, content_hash) DO NOTHING""",
                List.of(session.source(), String.valueOf(session.run()), session.now()), flags);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "\u2026" : text;
    }

    private Map<String, String[]> knownImports(String source, java.util.Collection<String> keys) {
        Map<String, String[]> known = new HashMap<>();
        query("SELECT source_key, organisation::text, content_hash FROM organisations.organisation_import"
                + " WHERE source = ? AND source_key = ANY(?::text[])", source, keys,
                rs -> known.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
        return known;
    }

    private Map<String, String> matchByIdentifier(List<Incoming> items) {
        Map<String, String> matched = new HashMap<>();
        Map<String, List<String>> byScheme = new HashMap<>();
        items.forEach(item -> byScheme.computeIfAbsent(item.matchBy().scheme().prefix(), s -> new ArrayList<>())
                .add(item.matchBy().identifier()));
        byScheme.forEach((scheme, identifiers) -> query("""
                SELECT i.identifier, i.organisation::text FROM organisations.organisation_identifier i
                JOIN organisations.organisation o ON o.id = i.organisation AND o.deleted_at IS NULL AND o.merged_into IS NULL
                WHERE i.scheme = ? AND i.identifier = ANY(?::text[]) ORDER BY o.created_at""", scheme, identifiers,
                rs -> matched.putIfAbsent(rs.getString(1), rs.getString(2))));
        return matched;
    }

    /** id to {id, locally_edited, source}. */
    private Map<String, String[]> states(List<String> ids) {
        Map<String, String[]> states = new HashMap<>();
        query("SELECT id::text, locally_edited, source FROM organisations.organisation WHERE id = ANY(?::uuid[])"
                + " AND deleted_at IS NULL AND merged_into IS NULL", ids, null,
                rs -> states.put(rs.getString(1), new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2)),
                        rs.getString(3)}));
        return states;
    }

    private Map<String, String> latestSnapshots(List<String> ids) {
        Map<String, String> snapshots = new HashMap<>();
        query("""
                SELECT DISTINCT ON (organisation) organisation::text, snapshot::text FROM organisations.organisation_version
                WHERE organisation = ANY(?::uuid[]) ORDER BY organisation, number DESC""", ids, null,
                rs -> snapshots.put(rs.getString(1), rs.getString(2)));
        return snapshots;
    }

    private Map<String, Classification> currentClassifications(List<String> ids) {
        Map<String, Classification> current = new HashMap<>();
        query("""
                SELECT organisation::text, definition_version, third_sector, kind, %s FROM organisations.classification c
                WHERE organisation = ANY(?::uuid[]) AND current""".formatted(ReasonSets.REASONS_OF_C), ids, null,
                rs -> current.put(rs.getString(1), new Classification(rs.getInt(2), rs.getBoolean(3),
                        org.thirdsectorhub.organisations.Kind.valueOf(rs.getString(4)),
                        json.readValue(rs.getString(5), new TypeReference<List<Reason>>() {}))));
        return current;
    }

    /** A query with one text parameter and one array parameter (in either order, as the SQL has them). */
    private void query(String sql, Object first, Object second, org.springframework.jdbc.core.RowCallbackHandler handler) {
        long start = System.nanoTime();
        try {
            queryNow(sql, first, second, handler);
        } finally {
            time(sql, start);
        }
    }

    private void queryNow(String sql, Object first, Object second, org.springframework.jdbc.core.RowCallbackHandler handler) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int index = 1;
            for (Object value : new Object[] {first, second}) {
                if (value == null) {
                    continue;
                }
                if (value instanceof java.util.Collection<?> values) {
                    ps.setArray(index++, con.createArrayOf("text", values.toArray()));
                } else {
                    ps.setString(index++, (String) value);
                }
            }
            return ps;
        }, handler);
    }

    private static final Map<String, long[]> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Adds the time since {@code start} (System.nanoTime) to what the benchmark reports as {@code what}. */
    public static void time(String what, long start) {
        String key = what.strip().replaceAll("\\s+", " ");
        long[] total = TIMES.computeIfAbsent(key.substring(0, Math.min(70, key.length())), k -> new long[2]);
        synchronized (total) {
            total[0] += System.nanoTime() - start;
            total[1]++;
        }
    }

    /**
     * For the register benchmark: the time spent in each kind of statement since the last call, in
     * nanoseconds, with the number of statements, longest first; then starts again from zero.
     */
    public static List<Map.Entry<String, long[]>> statementTimes() {
        List<Map.Entry<String, long[]>> times = new ArrayList<>(TIMES.entrySet());
        TIMES.clear();
        times.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        return times;
    }

    private void execute(String sql, List<String> scalars, Table table) {
        if (table.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try {
            executeNow(sql, scalars, table);
        } finally {
            time(sql, start);
        }
    }

    private void executeNow(String sql, List<String> scalars, Table table) {
        jdbc.execute((java.sql.Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                int index = 1;
                for (String scalar : scalars) {
                    ps.setString(index++, scalar);
                }
                for (List<String> column : table.columns) {
                    Array array = con.createArrayOf("text", column.toArray());
                    ps.setArray(index++, array);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Columns of text values, one list per column, for unnest(). */
    private static final class Table {
        private final List<List<String>> columns = new ArrayList<>();

        Table() {}

        Table(int width) {
            for (int i = 0; i < width; i++) {
                columns.add(new ArrayList<>());
            }
        }

        Table column(List<String> values) {
            columns.add(new ArrayList<>(values));
            return this;
        }

        void row(String... values) {
            for (int i = 0; i < values.length; i++) {
                columns.get(i).add(values[i]);
            }
        }

        boolean isEmpty() {
            return columns.isEmpty() || columns.get(0).isEmpty();
        }

        String placeholders() {
            return String.join(", ", java.util.Collections.nCopies(columns.size(), "?::text[]"));
        }
    }

    /**
     * A hash of the profile that does not depend on the order of its sets (which Set.copyOf randomises
     * per JVM), so the same file imported by another process is still recognised as unchanged.
     */
    public static String hash(OrganisationDraft draft) {
        StringBuilder text = new StringBuilder(1024);
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object value;
            try {
                value = ACCESSORS[i].invoke(draft);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof java.util.Collection<?> values) {
                value = values.stream().map(String::valueOf).sorted().toList();
            }
            text.append(COMPONENTS[i]).append('=').append(value).append('\u0001');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.lang.reflect.RecordComponent[] RECORD = OrganisationDraft.class.getRecordComponents();
    private static final String[] COMPONENTS = java.util.Arrays.stream(RECORD)
            .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new);
    // Looked up once: asking for the record's components on every call cost more than the hashing itself.
    private static final java.lang.invoke.MethodHandle[] ACCESSORS = java.util.Arrays.stream(RECORD).map(component -> {
        try {
            return java.lang.invoke.MethodHandles.publicLookup().unreflect(component.getAccessor())
                    .asType(java.lang.invoke.MethodType.methodType(Object.class, OrganisationDraft.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }).toArray(java.lang.invoke.MethodHandle[]::new);

    /** The same profile with another status. */
    public static OrganisationDraft withStatus(OrganisationDraft d, OrganisationStatus status) {
        return new OrganisationDraft(d.name(), d.otherNames(), d.legalForm(), status, d.description(), d.socialPurpose(),
                d.identifiers(), d.purposeCodes(), d.tags(), d.areaCodes(), d.website(), d.email(), d.phone(),
                d.addressLine(), d.town(), d.postcode(), d.wardCode(), d.latestIncome(), d.staffCount(),
                d.volunteerCount(), d.foundedOn(), d.qualityMarks(), d.contacts(), d.publicBody(),
                d.controlledByPublicBody(), d.profitDistribution(), d.assetLock(), d.faithBased());
    }
}

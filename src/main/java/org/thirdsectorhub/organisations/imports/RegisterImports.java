package org.thirdsectorhub.organisations.imports;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.organisations.RegisterImported;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore;
import org.thirdsectorhub.shared.security.Actor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an import: the whole file in one transaction, so a failure leaves nothing half-imported; the
 * run and its report (counts and every failed row) are kept in import_run, committed separately so a
 * failed run is on record too; the run is audited.
 */
@Service
public class RegisterImports {

    private static final String LOCK = "organisations.import.";

    private static final Logger log = LoggerFactory.getLogger(RegisterImports.class);
    static final int BATCH_SIZE = 2000;

    private final OrganisationBatchStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final ApplicationEventPublisher events;
    private final AreasOfOperation areas = AreasOfOperation.load();
    private volatile int batchSize = BATCH_SIZE;
    private volatile boolean bulkLoad;

    RegisterImports(OrganisationBatchStore store, JdbcClient jdbc, AuditTrail audit, JsonMapper json, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What to import and how. {@code area}: a GSS code the Charity Commission import keeps charities of, or null. */
    public record Request(ImportKind kind, Path file, String fileName, String area) {

        public String options() {
            return area == null ? null : "--area " + area;
        }
    }

    /** Records a new run and returns its id; {@link #execute} runs it. */
    public UUID begin(Request request, Actor actor) {
        UUID run = UUID.randomUUID();
        separately.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO organisations.import_run (id, kind, file_name, options, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(run, request.kind().name(), request.fileName(), request.options(), actor.label(),
                        Timestamp.from(Instant.now(clock)))
                .update());
        return run;
    }

    /** Begins and executes a run in the caller's thread. */
    public ImportResult run(Request request, Actor actor) {
        return execute(begin(request, actor), request, actor, new ImportProgress());
    }

    public ImportResult execute(UUID run, Request request, Actor actor, ImportProgress progress) {
        ImportOutcome outcome = ImportOutcome.SUCCEEDED;
        String message = null;
        try {
            transaction.executeWithoutResult(status -> {
                // Held until the import commits or rolls back: another node's start-up recovery sees the run is alive.
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(LOCK + run).query().singleRow();
                importFile(run, request, actor, progress);
                ImportCounts counts = progress.counts();
                events.publishEvent(new RegisterImported(run, request.kind().name()));
                audit.record(new AuditedChange("organisations", "import", run.toString(), "imported",
                        "Imported " + request.fileName() + " (" + request.kind().word()
                                + (request.area() == null ? "" : ", area " + request.area()) + "): " + counts.summary()),
                        actor);
            });
        } catch (ImportRefused e) {
            outcome = ImportOutcome.REFUSED;
            message = e.getMessage();
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", run, request.fileName(), e);
            outcome = ImportOutcome.FAILED;
            message = "The import stopped and nothing was imported: " + rootMessage(e);
        }
        ImportCounts counts = outcome == ImportOutcome.SUCCEEDED ? progress.counts()
                : new ImportCounts(0, 0, 0, 0, 0, 0, progress.failed());
        progress.stage("finished");
        ImportResult result = new ImportResult(run, request.kind(), request.fileName(), outcome, message, counts,
                progress.problems());
        finish(result, actor);
        return result;
    }

    private void importFile(UUID run, Request request, Actor actor, ImportProgress progress) {
        ImportKind kind = request.kind();
        if (kind != ImportKind.CHARITY_COMMISSION && !java.nio.file.Files.isRegularFile(request.file())) {
            throw new ImportRefused("There is no file at " + request.file() + ".");
        }
        OrganisationBatchStore.Session session = store.session(kind.source(), run, label(kind, request.fileName(), run),
                actor.label(), kind == ImportKind.CHARITY_COMMISSION);
        switch (kind) {
            case CHARITY_COMMISSION -> new CharityCommissionImporter(store, areas, knownAreas(), knownCodes(), batchSize,
                    bulkLoad || store.registerIsEmpty())
                    .run(request.file(), request.area(), session, progress);
            case COMPANIES_HOUSE -> new CompaniesHouseImporter(store, batchSize)
                    .run(request.file(), request.fileName(), session, progress);
            case ORGANISATIONS -> new SpreadsheetImporter(store, knownAreas(), knownCodes(), wards(), batchSize)
                    .run(request.file(), request.fileName(), session, progress);
        }
    }

    private static String label(ImportKind kind, String fileName, UUID run) {
        String register = switch (kind) {
            case CHARITY_COMMISSION -> "the Charity Commission register";
            case COMPANIES_HOUSE -> "Companies House";
            case ORGANISATIONS -> "a spreadsheet";
        };
        return register + " (" + fileName + ", import " + run.toString().substring(0, 8) + ")";
    }

    private void finish(ImportResult result, Actor actor) {
        ImportCounts c = result.counts();
        separately.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE organisations.import_run SET finished_at = ?, outcome = ?, message = ?, imported = ?, updated = ?,
                        unchanged = ?, removed = ?, skipped = ?, flagged = ?, failed = ?, problems = ?::jsonb WHERE id = ?""")
                    .params(Timestamp.from(Instant.now(clock)), result.outcome().name(), result.message(), (int) c.imported(),
                            (int) c.updated(), (int) c.unchanged(), (int) c.removed(), (int) c.skipped(), (int) c.flagged(),
                            (int) c.failed(), json.writeValueAsString(result.problems()), result.run())
                    .update();
            if (!result.succeeded()) {
                audit.record(new AuditedChange("organisations", "import", result.run().toString(), "import failed",
                        result.summary()), actor);
            }
        });
    }

    /** A run as recorded, with its report once it has finished. */
    public Optional<RecordedRun> find(UUID run) {
        return jdbc.sql("""
                SELECT id, kind, file_name, options, started_by, started_at, finished_at, outcome, message, imported, updated,
                       unchanged, removed, skipped, flagged, failed, problems::text AS problems
                FROM organisations.import_run WHERE id = ?""")
                .param(run)
                .query((rs, n) -> new RecordedRun(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"), rs.getString("options"), rs.getString("started_by"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        ImportOutcome.valueOf(rs.getString("outcome")), rs.getString("message"),
                        new ImportCounts(rs.getInt("imported"), rs.getInt("updated"), rs.getInt("unchanged"),
                                rs.getInt("removed"), rs.getInt("skipped"), rs.getInt("flagged"), rs.getInt("failed")),
                        json.readValue(rs.getString("problems"), new TypeReference<List<ImportProblem>>() {})))
                .optional();
    }

    /**
     * Marks as failed the runs recorded as running that started before {@code before} and that no import
     * transaction holds (the process running them stopped, so nothing of them was stored). Returns how many.
     */
    public int failInterrupted(Instant before, String message) {
        List<UUID> candidates = jdbc.sql("SELECT id FROM organisations.import_run WHERE outcome = 'RUNNING' AND started_at < ?")
                .param(Timestamp.from(before)).query(UUID.class).list();
        int failed = 0;
        for (UUID run : candidates) {
            Boolean abandoned = separately.execute(status -> {
                boolean free = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(?))")
                        .param(LOCK + run).query(Boolean.class).single());
                if (!free || jdbc.sql("""
                        UPDATE organisations.import_run SET outcome = 'FAILED', finished_at = ?, message = ?
                        WHERE id = ? AND outcome = 'RUNNING'""")
                        .params(Timestamp.from(Instant.now(clock)), message, run).update() != 1) {
                    return false;
                }
                audit.record(new AuditedChange("organisations", "import", run.toString(), "import failed", message),
                        Actor.SYSTEM);
                return true;
            });
            if (Boolean.TRUE.equals(abandoned)) {
                failed++;
            }
        }
        return failed;
    }

    public record RecordedRun(UUID id, ImportKind kind, String fileName, String options, String startedBy,
            Instant startedAt, Instant finishedAt, ImportOutcome outcome, String message, ImportCounts counts,
            List<ImportProblem> problems) {}

    /** For tests: a small batch size makes a file of a few thousand rows span several batches. */
    void batchSize(int size) {
        this.batchSize = size;
    }

    /** For tests: loads as into an empty register although the test register is not empty. */
    void bulkLoad(boolean bulk) {
        this.bulkLoad = bulk;
    }

        private Set<String> knownAreas() {
        return new HashSet<>(jdbc.sql("SELECT code FROM organisations.area").query(String.class).list());
    }

    private Set<String> knownCodes() {
        return new HashSet<>(jdbc.sql("SELECT code FROM organisations.taxonomy_term WHERE taxonomy = 'ccew'")
                .query(String.class).list());
    }

    private java.util.Map<String, String> wards() {
        java.util.Map<String, String> wards = new java.util.HashMap<>();
        jdbc.sql("SELECT code, name FROM organisations.area WHERE kind = 'WARD'").query((rs, n) -> {
            wards.put(rs.getString("code").toUpperCase(), rs.getString("code"));
            wards.put(rs.getString("name").toUpperCase(), rs.getString("code"));
            return null;
        }).list();
        return wards;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.length() > 500 ? text.substring(0, 500) + "\u2026" : text;
    }
}

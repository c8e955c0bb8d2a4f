package org.thirdsectorhub.opendata.imports;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.opendata.imports.giving.GivingImport;
import org.thirdsectorhub.opendata.imports.ocds.OcdsImport;
import org.thirdsectorhub.opendata.schemas.OpenDataSchemas;
import org.thirdsectorhub.shared.security.Actor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports another publisher's 360Giving or OCDS file: the whole file in one transaction, so a file that
 * cannot be read leaves nothing behind; the run and its report are recorded separately (a refused run is on
 * record too) and every run is audited.
 */
@Service
public class ExternalImports {

    private static final String LOCK = "opendata.import.";

    private static final Logger log = LoggerFactory.getLogger(ExternalImports.class);

    private final FundingStore store;
    private final OpenDataSchemas schemas;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final JsonMapper reading = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;

    ExternalImports(FundingStore store, OpenDataSchemas schemas, JdbcClient jdbc, AuditTrail audit, JsonMapper json,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.schemas = schemas;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A file to import; {@code fileName} is the name the person gave it (uploads live in temporary files). */
    public record Request(Standard standard, Path file, String fileName) {}

    /** A past run, for the list of runs. */
    public record RunSummary(UUID id, Standard standard, String fileName, String format, String startedBy,
            Instant startedAt, String outcome, int imported, int rejected) {

        public String startedAtText() {
            return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK)
                    .withZone(java.time.ZoneId.of("Europe/London")).format(startedAt);
        }
    }

    /** 360Giving for spreadsheets and for JSON with grants; OCDS for JSON with releases, records or an ocid. */
    public static Standard detect(Path file, String fileName) {
        String format = InputFiles.formatOf(file, fileName);
        if (!InputFiles.JSON.equals(format)) {
            return Standard.THREESIXTY_GIVING;
        }
        char[] head = new char[64 * 1024];
        int read;
        try (java.io.BufferedReader reader = InputFiles.open(file, fileName)) {
            read = Math.max(0, reader.read(head));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
        String text = new String(head, 0, read);
        int grants = text.indexOf("\"grants\"");
        int ocds = java.util.stream.Stream.of("\"releases\"", "\"records\"", "\"ocid\"").mapToInt(text::indexOf)
                .filter(i -> i >= 0).min().orElse(-1);
        return ocds >= 0 && (grants < 0 || ocds < grants) ? Standard.OCDS : Standard.THREESIXTY_GIVING;
    }

    /** Begins and runs an import in the caller's thread (the command line). */
    public ImportReport run(Request request, Actor actor) {
        return execute(begin(request, actor), request, actor, new ReportBuilder());
    }

    /** Records a new run as running and returns its id; {@link #execute} runs it. */
    public UUID begin(Request request, Actor actor) {
        UUID run = UUID.randomUUID();
        separately.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO opendata.import_run (id, standard, file_name, started_by, started_at) VALUES (?, ?, ?, ?, ?)""")
                .params(run, request.standard().column(), request.fileName(), actor.label(), Timestamp.from(Instant.now(clock)))
                .update());
        return run;
    }

    /** Imports the file of a begun run, telling {@code builder} what it finds as it reads, and records the outcome. */
    public ImportReport execute(UUID run, Request request, Actor actor, ReportBuilder builder) {
        ImportReport report;
        try {
            report = transaction.execute(status -> {
                // Held until the import commits or rolls back: another node's start-up recovery sees the run is alive.
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(LOCK + run).query().singleRow();
                Instant now = Instant.now(clock);
                switch (request.standard()) {
                    case THREESIXTY_GIVING -> new GivingImport(reading, schemas.grant())
                            .run(request.file(), request.fileName(), builder, record -> store.store(record, run, now, builder));
                    case OCDS -> new OcdsImport(reading, schemas.ocdsRelease())
                            .run(request.file(), request.fileName(), builder, record -> store.store(record, run, now, builder));
                }
                ImportReport done = builder.build(run, request.standard(), request.fileName());
                audit.record(new AuditedChange("opendata", "import", run.toString(), "imported",
                        "Imported " + request.standard().word() + " file " + done.summary()), actor);
                return done;
            });
        } catch (UnreadableFile e) {
            report = failed(run, request, builder, ImportReport.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Open data import {} of {} failed", run, request.fileName(), e);
            report = failed(run, request, builder, ImportReport.FAILED,
                    "The import stopped and nothing was imported: " + e.getMessage());
        }
        finish(report, actor);
        return report;
    }

    private static ImportReport failed(UUID run, Request request, ReportBuilder builder, String outcome, String message) {
        return new ImportReport(run, request.standard(), request.fileName(), builder.format(), outcome, message, 0, 0,
                List.of(), List.of(), List.of(), List.of());
    }

    private void finish(ImportReport report, Actor actor) {
        separately.executeWithoutResult(status -> {
            jdbc.sql("""
                    UPDATE opendata.import_run SET finished_at = ?, format = ?, outcome = ?, message = ?, imported = ?,
                        rejected = ?, report = ?::jsonb WHERE id = ?""")
                    .params(Timestamp.from(Instant.now(clock)), report.format(), report.outcome(), report.message(),
                            report.imported(), report.rejected(), json.writeValueAsString(report), report.run())
                    .update();
            if (!report.succeeded()) {
                audit.record(new AuditedChange("opendata", "import", report.run().toString(), "import refused",
                        "Did not import " + report.standard().word() + " file " + report.summary()), actor);
            }
        });
    }

    /**
     * Marks a run that never recorded its outcome as failed (its import transaction did not commit, so nothing
     * of it is stored); a run already finished is left as it is.
     */
    public boolean abandon(UUID run, String message, Actor actor) {
        Optional<RunSummary> running = summary(run).filter(r -> "RUNNING".equals(r.outcome()));
        running.ifPresent(r -> finish(new ImportReport(run, r.standard(), r.fileName(), r.format(), ImportReport.FAILED,
                message, 0, 0, List.of(), List.of(), List.of(), List.of()), actor));
        return running.isPresent();
    }

    /** Whether an import transaction, in this process or another, is importing the run right now. */
    public boolean beingImported(UUID run) {
        return !Boolean.TRUE.equals(separately.execute(status -> jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext(?))")
                .param(LOCK + run).query(Boolean.class).single()));
    }

    /** The runs recorded as running that started before {@code before}. */
    public List<UUID> runningBefore(Instant before) {
        return jdbc.sql("SELECT id FROM opendata.import_run WHERE outcome = 'RUNNING' AND started_at < ?")
                .param(Timestamp.from(before)).query(UUID.class).list();
    }

    /** Any run, running or finished. */
    public Optional<RunSummary> summary(UUID run) {
        return jdbc.sql("""
                SELECT id, standard, file_name, format, started_by, started_at, outcome, imported, rejected
                FROM opendata.import_run WHERE id = ?""")
                .param(run).query(ExternalImports::summaryOf).optional();
    }

    public Optional<ImportReport> find(UUID run) {
        return jdbc.sql("SELECT report::text FROM opendata.import_run WHERE id = ? AND finished_at IS NOT NULL")
                .param(run).query(String.class).optional()
                .map(text -> json.readValue(text, ImportReport.class));
    }

    public List<RunSummary> recent(int limit) {
        return jdbc.sql("""
                SELECT id, standard, file_name, format, started_by, started_at, outcome, imported, rejected
                FROM opendata.import_run ORDER BY started_at DESC LIMIT ?""")
                .param(limit).query(ExternalImports::summaryOf).list();
    }

    private static RunSummary summaryOf(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RunSummary(rs.getObject("id", UUID.class), Standard.ofColumn(rs.getString("standard")),
                rs.getString("file_name"), rs.getString("format"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getString("outcome"), rs.getInt("imported"),
                rs.getInt("rejected"));
    }
}

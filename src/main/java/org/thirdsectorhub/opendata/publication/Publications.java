package org.thirdsectorhub.opendata.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.shared.security.Actor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checking and publishing the hub's open data. Every record is built and checked one at a time against the
 * official schema; only valid records are stored as the dataset's publication, which is all the public feeds
 * ever serve. Invalid records stay out and are listed with the field and what is wrong with it.
 */
@Service
public class Publications {

    /** How many invalid records are listed in full; the count covers them all. */
    static final int LISTED = 500;
    private static final int BATCH = 500;

    private final GrantDocuments grants;
    private final ReleaseDocuments releases;
    private final RecordChecks checks;
    private final PackageEnvelopes envelopes;
    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    Publications(GrantDocuments grants, ReleaseDocuments releases, RecordChecks checks, PackageEnvelopes envelopes,
            DataSource dataSource, JdbcClient client, PlatformTransactionManager transactions, AuditTrail audit,
            JsonMapper json, Clock clock) {
        this.grants = grants;
        this.releases = releases;
        this.checks = checks;
        this.envelopes = envelopes;
        this.jdbc = new JdbcTemplate(dataSource);
        this.client = client;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Checks every record of the dataset without publishing anything. */
    public CheckResult check(Dataset dataset) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return run(dataset, null);
        });
    }

    /**
     * Checks every record again and publishes the valid ones, replacing the dataset's previous publication.
     * Nothing changes when no record is valid or the package itself fails its schema.
     */
    public CheckResult publish(Dataset dataset) {
        return transaction.execute(status -> {
            UUID id = UUID.randomUUID();
            // Two publishers pressing the button at once publish one after the other, not into each other.
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext(?))", "opendata.publish." + dataset.name());
            jdbc.update("DELETE FROM opendata.published_record WHERE dataset = ?", dataset.name());
            CheckResult result = run(dataset, id);
            if (!result.publishable()) {
                status.setRollbackOnly();
                return result;
            }
            Instant now = Instant.now(clock);
            String by = Actor.current().label();
            client.sql("""
                    INSERT INTO opendata.publication (id, dataset, published_at, published_by, published_count,
                        excluded_count, exclusions) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(id, dataset.name(), Timestamp.from(now), by, result.validCount(), result.invalidCount(),
                            json.writeValueAsString(result.invalid()))
                    .update();
            audit.record(new AuditedChange("opendata", "publication", id.toString(), "published", "Published "
                    + result.validCount() + " records of " + dataset.slug() + (result.invalidCount() == 0 ? ""
                    : "; kept out " + result.invalidCount() + " invalid records")));
            PublicationSummary summary = new PublicationSummary(id, dataset, now, by, result.validCount(),
                    result.invalidCount(), result.invalid());
            return new CheckResult(dataset, result.validCount(), result.invalidCount(), result.invalid(),
                    result.packageProblems(), summary);
        });
    }

    /** The dataset's latest publication, if it was ever published. */
    public Optional<PublicationSummary> latest(Dataset dataset) {
        return client.sql("SELECT *, exclusions::text AS exclusions_json FROM opendata.publication WHERE dataset = ? "
                        + "ORDER BY published_at DESC LIMIT 1")
                .param(dataset.name())
                .query((rs, n) -> new PublicationSummary(rs.getObject("id", UUID.class), dataset,
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                        rs.getInt("published_count"), rs.getInt("excluded_count"),
                        json.readValue(rs.getString("exclusions_json"), new TypeReference<List<InvalidRecord>>() {})))
                .optional();
    }

    private CheckResult run(Dataset dataset, UUID publication) {
        Tally tally = new Tally(dataset, publication);
        List<Candidate> batch = new ArrayList<>(BATCH);
        Consumer<Candidate> sink = candidate -> {
            batch.add(candidate);
            if (batch.size() == BATCH) {
                tally.take(batch);
            }
        };
        if (dataset == Dataset.GRANTS) {
            grants.forEachGrant(sink);
        } else {
            releases.forEachRelease(sink);
        }
        tally.take(batch);
        store(tally.rows);
        List<Problem> packageProblems = tally.first == null ? List.of()
                : checks.checkPackage(dataset, envelopes.withOne(dataset, Instant.now(clock), tally.first));
        return new CheckResult(dataset, tally.valid, tally.invalidCount, List.copyOf(tally.invalid), packageProblems, null);
    }

    /** The records of one run, checked a batch at a time on every core (the schemas are safe to share). */
    private final class Tally {
        final Dataset dataset;
        final UUID publication;
        final List<InvalidRecord> invalid = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>(BATCH);
        int valid;
        int invalidCount;
        ObjectNode first;

        Tally(Dataset dataset, UUID publication) {
            this.dataset = dataset;
            this.publication = publication;
        }

        void take(List<Candidate> batch) {
            List<List<Problem>> problems = batch.parallelStream()
                    .map(candidate -> checks.check(dataset, candidate.document())).toList();
            for (int i = 0; i < batch.size(); i++) {
                Candidate candidate = batch.get(i);
                if (!problems.get(i).isEmpty()) {
                    if (invalid.size() < LISTED) {
                        invalid.add(new InvalidRecord(candidate.recordId(), candidate.label(), problems.get(i)));
                    }
                    invalidCount++;
                    continue;
                }
                if (first == null) {
                    first = candidate.document();
                }
                valid++;
                if (publication != null) {
                    rows.add(new Object[] {dataset.name(), valid, candidate.recordId(), candidate.sourceId(),
                            candidate.sourceVersion(), candidate.locations(),
                            json.writeValueAsString(candidate.document())});
                    if (rows.size() == BATCH) {
                        store(rows);
                    }
                }
            }
            batch.clear();
        }
    }

    private void store(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO opendata.published_record (dataset, position, record_id, source_id, source_version,
                    locations, document) VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }
}

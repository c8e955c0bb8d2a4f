package org.thirdsectorhub.opendata.publication;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thirdsectorhub.ThirdSectorHubApplication;

/**
 * Open data at scale, end to end on a fresh embedded database: loads grants with generate_series, checks a
 * 100,000-grant package against the official schemas, publishes 1,000,000 grants (every one checked), then
 * streams the whole 360Giving package to a discarding stream and over HTTP, with the heap watched. Run with
 * -Xmx512m: {@code ./mvnw -B -q -Pbenchmarks -DskipTests test-compile exec:exec
 * -Dbench.main=org.thirdsectorhub.opendata.publication.OpenDataBenchmark -Dbench.jvm=-Xmx512m}
 */
public final class OpenDataBenchmark {

    public static void main(String[] args) throws Exception {
        int checked = Integer.getInteger("bench.checked", 100_000);
        int total = Integer.getInteger("bench.grants", 1_000_000);
        Path data = Path.of("target/bench/opendata-postgres");
        deleteRecursively(data);
        ConfigurableApplicationContext app = SpringApplication.run(ThirdSectorHubApplication.class, "--server.port=0",
                "--hub.data-dir=" + data, "--hub.demo.enabled=false", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
        Heap heap = new Heap();
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Publications publications = app.getBean(Publications.class);
            PublishedFeeds feeds = app.getBean(PublishedFeeds.class);
            long start = System.nanoTime();
            organisationsAndProgrammes(jdbc);
            grants(jdbc, 1, checked);
            jdbc.execute("ANALYZE");
            System.out.printf("loaded %,d grants in %.1f s%n", checked, seconds(start));

            publications.check(Dataset.GRANTS);
            heap.reset();
            start = System.nanoTime();
            CheckResult check = publications.check(Dataset.GRANTS);
            double took = seconds(start);
            System.out.printf("check of a %,d-grant package (every grant built and validated, then the package): %.2f s,"
                    + " %,.0f grants/s; %,d valid, %,d invalid, package problems %s; peak heap %s, peak live heap %s%n",
                    checked, took, checked / took, check.validCount(), check.invalidCount(), check.packageProblems(),
                    mb(heap.peakUsed()), mb(heap.peakLive()));

            long[] built = {0};
            start = System.nanoTime();
            app.getBean(GrantDocuments.class).forEachGrant(candidate -> built[0]++);
            System.out.printf("  of which building the %,d grants (cursor, batched org-id lookups, JSON trees): %.2f s%n",
                    built[0], seconds(start));
            RecordChecks checks = app.getBean(RecordChecks.class);
            java.util.List<Candidate> sample = new java.util.ArrayList<>();
            app.getBean(GrantDocuments.class).forEachGrant(candidate -> {
                if (sample.size() < 10_000) {
                    sample.add(candidate);
                }
            });
            start = System.nanoTime();
            for (Candidate candidate : sample) {
                checks.check(Dataset.GRANTS, candidate.document());
            }
            System.out.printf("  validating one grant on one thread: %.1f µs%n", seconds(start) * 1e6 / sample.size());
            sample.clear();

            start = System.nanoTime();
            grants(jdbc, checked + 1, total);
            jdbc.execute("ANALYZE");
            System.out.printf("loaded %,d more grants in %.1f s%n", total - checked, seconds(start));

            heap.reset();
            start = System.nanoTime();
            CheckResult published = publications.publish(Dataset.GRANTS);
            took = seconds(start);
            System.out.printf("publication of %,d grants (each validated and stored): %.1f s, %,.0f grants/s, published %s;"
                    + " peak heap %s, peak live heap %s%n", published.validCount(), took, published.validCount() / took,
                    published.published(), mb(heap.peakUsed()), mb(heap.peakLive()));
            jdbc.execute("VACUUM ANALYZE opendata.published_record");

            for (int round = 1; round <= 3; round++) {
                System.gc();
                heap.reset();
                Counting out = new Counting();
                start = System.nanoTime();
                feeds.writePackage(Dataset.GRANTS, out);
                took = seconds(start);
                System.out.printf("export %d (service to a discarding stream): %,d grants, %,d bytes in %.2f s, %,.0f"
                        + " grants/s; peak heap %s, peak live heap %s, max heap %s%n", round, total, out.bytes.get(), took,
                        total / took, mb(heap.peakUsed()), mb(heap.peakLive()), mb(heap.max()));
            }
            System.gc();
            heap.reset();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/opendata/360giving.json")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = response.body()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                }
            }
            took = seconds(start);
            System.out.printf("export over HTTP (GET /api/v1/opendata/360giving.json, status %d): %,d bytes in %.2f s,"
                    + " %,.0f grants/s; peak heap %s, peak live heap %s%n", response.statusCode(), bytes, took,
                    total / took, mb(heap.peakUsed()), mb(heap.peakLive()));
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static void organisationsAndProgrammes(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO organisations.organisation (id, name, legal_form, public_body, created_at, updated_at)
                VALUES (md5('funder')::uuid, 'Milton Keynes City Council', 'PUBLIC_BODY', TRUE, now(), now())""");
        jdbc.update("INSERT INTO organisations.organisation_identifier VALUES (md5('funder')::uuid, 'GB-LAE', 'MIK')");
        jdbc.update("""
                INSERT INTO organisations.organisation (id, name, legal_form, postcode, created_at, updated_at)
                SELECT md5('org' || i)::uuid, 'Community group ' || i, 'CHARITABLE_TRUST',
                       'MK' || (i % 15 + 1) || ' ' || (i % 9 + 1) || 'AB', now(), now()
                FROM generate_series(1, 5000) i""");
        jdbc.update("""
                INSERT INTO organisations.organisation_identifier
                SELECT md5('org' || i)::uuid, CASE WHEN i % 3 = 0 THEN 'GB-COH' ELSE 'GB-CHC' END,
                       CASE WHEN i % 3 = 0 THEN lpad(i::text, 8, '0') ELSE (1100000 + i)::text END
                FROM generate_series(1, 5000) i WHERE i % 10 <> 0""");
        jdbc.update("""
                INSERT INTO commissioning.exercise (id, title, owner_organisation, owner_name, stage, service_area,
                    ward_codes, evidence, created_at, updated_at)
                SELECT md5('ex' || i)::uuid, 'Community grants round ' || i, md5('funder')::uuid,
                       'Milton Keynes City Council', 'DO', 'Activities that bring neighbours together in round ' || i,
                       (SELECT string_agg(code, ',') FROM (SELECT code FROM organisations.area WHERE kind = 'WARD'
                           ORDER BY code OFFSET i % 17 LIMIT 1 + i % 3) w), '{}'::jsonb, now(), now()
                FROM generate_series(1, 50) i""");
    }

    private static void grants(JdbcTemplate jdbc, int from, int to) {
        jdbc.update("""
                INSERT INTO commissioning.award (id, exercise, type, title, funder_organisation, funder_name,
                    recipient_organisation, recipient_name, amount, starts_on, ends_on, evidence, created_at, updated_at)
                SELECT md5('award' || i)::uuid, CASE WHEN i % 4 = 0 THEN NULL ELSE md5('ex' || (i % 50 + 1))::uuid END,
                       'GRANT', 'Grant ' || i || ' for community activities', md5('funder')::uuid,
                       'Milton Keynes City Council', md5('org' || (i % 5000 + 1))::uuid, 'Community group ' || (i % 5000 + 1),
                       1000 + (i % 200) * 250, DATE '2025-04-01' + (i % 365), DATE '2026-03-31' + (i % 365) + (i % 3) * 365,
                       '{}'::jsonb, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + i * INTERVAL '1 second', now()
                FROM generate_series(?, ?) i""", from, to);
    }

    /** Discards what is written and counts it. */
    static final class Counting extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }

    /** The peak heap used (from the pools' peaks) and the peak live heap (after each garbage collection). */
    static final class Heap {
        private volatile long peakLive;

        Heap() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peakLive = Math.max(peakLive, after);
                }, notification -> notification.getType().equals(
                        GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
            }
        }

        void reset() {
            peakLive = 0;
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long peakUsed() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

        long peakLive() {
            return peakLive;
        }

        long max() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        }

        private static boolean heapPool(String name) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}

package org.thirdsectorhub.organisations;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thirdsectorhub.ThirdSectorHubApplication;
import org.thirdsectorhub.organisations.imports.ImportKind;
import org.thirdsectorhub.organisations.imports.ImportResult;
import org.thirdsectorhub.organisations.imports.RegisterImports;
import org.thirdsectorhub.shared.security.Actor;

/**
 * The register's speed at national scale, end to end: generates a synthetic register extract of 400,000
 * charities (SyntheticRegister), starts the whole hub on a fresh embedded database, imports the extract,
 * then measures the JSON search API with one client, the search page with 16 concurrent clients, and
 * memory while the whole register downloads as CSV and XLSX. Run it with -Xmx1g (the profile does):
 * {@code ./mvnw -B -q -Pbenchmarks -DskipTests test-compile exec:exec -Dbench.main=org.thirdsectorhub.organisations.RegisterBenchmark}
 */
public final class RegisterBenchmark {

    private static final List<String> QUERIES = List.of("health", "children youth", "leeds community", "bletchley",
            "hospice", "fod bank", "1000123", "MK9 3HS", "LS1", "debt advice", "autism", "wolverton music");

    public static void main(String[] args) throws Exception {
        int charities = Integer.getInteger("bench.charities", 400_000);
        // -Dbench.parts=import measures only the two imports, -Dbench.parts=first only the first; the default measures
        // everything.
        List<String> parts = List.of(System.getProperty("bench.parts", "import,search,download").split(","));
        Path extract = Path.of("target/bench/extract-" + charities);
        if (!Files.exists(extract.resolve("publicextract.charity.txt"))) {
            long start = System.nanoTime();
            SyntheticRegister.write(extract, charities);
            System.out.printf("generated %,d charities in %.1f s%n", charities, seconds(start));
        }
        Path data = Path.of("target/bench/postgres");
        deleteRecursively(data);
        ConfigurableApplicationContext app = SpringApplication.run(ThirdSectorHubApplication.class, "--server.port=0",
                "--hub.data-dir=" + data, "--hub.demo.enabled=false", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off", "--server.tomcat.threads.max=32");
        int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
        HeapWatch heap = new HeapWatch();
        heap.start();
        try {
            RegisterImports imports = app.getBean(RegisterImports.class);
            // A measurement aid, as if typed into psql before the import: -Dbench.before="DROP INDEX ...; ..."
            String before = System.getProperty("bench.before", "");
            if (!before.isBlank()) {
                app.getBean(JdbcTemplate.class).execute(before);
                System.out.println("before the import: " + before);
            }
            heap.reset();
            long start = System.nanoTime();
            ImportResult result = imports.run(new RegisterImports.Request(ImportKind.CHARITY_COMMISSION, extract,
                    "synthetic-" + charities, null), new Actor(null, "benchmark"));
            double took = seconds(start);
            System.out.printf("import: %s%n  %.1f s, %,.0f charities/s (main rows %,d), peak heap used %s, peak live heap"
                    + " after GC %s, max heap %s%n", result.summary(), took, (result.counts().imported()) / took,
                    result.counts().imported(), mb(heap.peakUsed()), mb(heap.peakLive()), mb(heap.max()));
            statementTimes();
            start = System.nanoTime();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            while (jdbc.queryForObject("SELECT count(*) FROM pg_constraint WHERE NOT convalidated"
                    + " AND connamespace = 'organisations'::regnamespace", Long.class) > 0) {
                Thread.sleep(20);
            }
            System.out.printf("foreign keys checked in the background %.1f s after the import ended%n", seconds(start));
            if (parts.equals(List.of("first"))) {
                return;
            }
            start = System.nanoTime();
            directoryCaughtUp(app);
            System.out.printf("directory search index caught up with the import %.1f s after it ended%n", seconds(start));
            heap.reset();
            start = System.nanoTime();
            ImportResult again = imports.run(new RegisterImports.Request(ImportKind.CHARITY_COMMISSION, extract,
                    "synthetic-" + charities, null), new Actor(null, "benchmark"));
            took = seconds(start);
            System.out.printf("re-import (unchanged): %s%n  %.1f s, %,.0f charities/s, peak heap used %s%n",
                    again.summary(), took, charities / took, mb(heap.peakUsed()));
            statementTimes();
            if (parts.contains("search") || parts.contains("download")) {
                app.getBean(JdbcTemplate.class).execute("VACUUM ANALYZE");
            }

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://localhost:" + port;
            if (parts.contains("search")) {
                api(client, base, 300, false);
                api(client, base, 1200, true);
                // The hub's JIT compiler works for a minute or more before the page reaches its steady speed.
                page(base, "/organisations?q=", 16, Duration.ofSeconds(60), false);
                page(base, "/organisations?q=", 16, Duration.ofSeconds(20), true);
                page(base, "/organisations", 16, Duration.ofSeconds(10), true);
            }
            if (parts.contains("download")) {
                download(client, base + "/organisations/download.csv", heap);
                download(client, base + "/organisations/download.xlsx", heap);
            }
        } finally {
            heap.stopWatching();
            if (!Boolean.getBoolean("bench.keep")) {
                app.close();
            }
        }
        if (Boolean.getBoolean("bench.keep")) {
            System.out.println("database kept running (bench.keep): " + data.toAbsolutePath() + "; press Ctrl-C to stop");
            Thread.currentThread().join();
        }
        System.exit(0);
    }

    /** Waits until the search index has applied every change the import made (a search sets it going). */
    private static void directoryCaughtUp(ConfigurableApplicationContext app) throws InterruptedException {
        app.getBean(org.thirdsectorhub.organisations.directory.DirectorySearch.class).search(
                new org.thirdsectorhub.organisations.directory.DirectoryQuery("", null, null, null, null, null, null, null,
                        null, 1, 1), false);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        while (jdbc.queryForObject("SELECT (SELECT count(*) FROM organisations.directory_change)"
                + " + (SELECT count(*) FROM organisations.directory_index_node WHERE rebuild)", Long.class) > 0) {
            Thread.sleep(100);
        }
    }

    private static void statementTimes() {
        org.thirdsectorhub.organisations.register.OrganisationBatchStore.statementTimes().forEach(e -> System.out.printf(
                "  %8.2f s %7d  %s%n", e.getValue()[0] / 1e9, e.getValue()[1], e.getKey()));
    }

    static void api(HttpClient client, String base, int requests, boolean report) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/json").build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            times.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("API answered " + response.statusCode() + " for " + q);
            }
        }
        if (report) {
            times.sort(Comparator.naturalOrder());
            System.out.printf("JSON API search, one client, %d requests over %d queries: median %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms%n", requests, QUERIES.size(), times.get(times.size() / 2) / 1e6,
                    times.get((int) (times.size() * 0.95)) / 1e6, times.get((int) (times.size() * 0.99)) / 1e6,
                    times.get(times.size() - 1) / 1e6);
        }
    }

    static void page(String base, String path, int clients, Duration duration, boolean report) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                int i = offset;
                while (!stop.get()) {
                    String url = base + path + (path.endsWith("=") ? URLEncoder.encode(QUERIES.get(i++ % QUERIES.size()),
                            StandardCharsets.UTF_8) : "");
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        (response.statusCode() == 200 ? done : failed).incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        stop.set(true);
        double took = seconds(start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (report) {
            System.out.printf("search page %s, %d concurrent clients, %.0f s: %,.0f requests/s (%d failed)%n",
                    path + (path.endsWith("=") ? "<typical query>" : ""), clients, took, done.get() / took, failed.get());
        }
    }

    private static void download(HttpClient client, String url, HeapWatch heap) throws Exception {
        System.gc();
        Thread.sleep(500);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        heap.reset();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes += n;
            }
        }
        System.out.printf("download %s: %,d bytes in %.1f s; heap used before %s, peak heap used %s, peak live heap after"
                + " GC %s (live-heap samples after each GC: %s)%n", url.substring(url.lastIndexOf('/') + 1), bytes,
                seconds(start), mb(before), mb(heap.peakUsed()), mb(heap.peakLive()), heap.liveSamples());
    }

    /** Samples heap use every 20 ms, and the live heap after each garbage collection. */
    static final class HeapWatch extends Thread {
        private volatile boolean running = true;
        private volatile long peakUsed;
        private volatile long peakLive;
        private final List<String> live = new ArrayList<>();
        private final Map<String, Long> lastGc = new java.util.HashMap<>();

        HeapWatch() {
            setDaemon(true);
        }

        synchronized void reset() {
            peakUsed = 0;
            peakLive = 0;
            live.clear();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }

        long peakUsed() {
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            return Math.max(peakUsed, Math.min(pools, max()));
        }

        long peakLive() {
            return peakLive;
        }

        long max() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        }

        synchronized String liveSamples() {
            return live.size() <= 12 ? String.join(", ", live)
                    : String.join(", ", live.subList(0, 6)) + " … " + String.join(", ", live.subList(live.size() - 6, live.size()));
        }

        @Override
        public void run() {
            while (running) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                    if (gc instanceof com.sun.management.GarbageCollectorMXBean sun && sun.getLastGcInfo() != null) {
                        var info = sun.getLastGcInfo();
                        Long seen = lastGc.put(gc.getName(), info.getId());
                        if (seen == null || seen != info.getId()) {
                            long after = info.getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                            synchronized (this) {
                                peakLive = Math.max(peakLive, after);
                                live.add(mb(after));
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        void stopWatching() {
            running = false;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }

    @SuppressWarnings("unused")
    private static MemoryUsage unused() {
        return null;
    }
}

package org.thirdsectorhub.organisations;

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
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thirdsectorhub.ThirdSectorHubApplication;

/**
 * The directory's search on a register already imported by {@link RegisterBenchmark} (its database in
 * {@code target/bench/postgres} is kept): starts the hub on it, times how long the search index takes to
 * open or be built, then measures each typical query alone, the JSON API with one client and the search
 * page with sixteen.
 *
 * {@code ./mvnw -B -q -Pbenchmarks -DskipTests test-compile exec:exec -Dbench.main=org.thirdsectorhub.organisations.DirectorySearchBenchmark}
 */
public final class DirectorySearchBenchmark {

    private static final List<String> QUERIES = List.of("health", "children youth", "leeds community", "bletchley",
            "hospice", "fod bank", "1000123", "MK9 3HS", "LS1", "debt advice", "autism", "wolverton music");

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("bench.data", "target/bench/postgres"));
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("Run RegisterBenchmark first: no register database at " + data);
        }
        long start = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(ThirdSectorHubApplication.class, "--server.port=0",
                "--hub.data-dir=" + data, "--hub.demo.enabled=false", "--logging.level.root=WARN",
                "--logging.level.org.thirdsectorhub.organisations.directory=INFO",
                "--spring.main.banner-mode=off", "--server.tomcat.threads.max=32",
                // -Dbench.results=0 measures every search afresh, without the cache of recent results
                "--hub.directory-index.recent-results=" + System.getProperty("bench.results", "1000"));
        System.out.printf("hub started in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try {
            int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
            String base = "http://localhost:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            get(client, base + "/api/v1/organisations?q=health");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            while (jdbc.queryForObject("SELECT count(*) FROM organisations.directory_change", Long.class) > 0) {
                Thread.sleep(200);
            }
            System.out.printf("directory index ready %.1f s after start (%,d organisations)%n",
                    (System.nanoTime() - start) / 1e9, jdbc.queryForObject("SELECT count(*) FROM organisations.organisation"
                            + " WHERE deleted_at IS NULL AND merged_into IS NULL AND NOT pending_approval", Long.class));
            RegisterBenchmark.api(client, base, 600, false);
            for (String q : QUERIES) {
                List<Long> times = new ArrayList<>();
                String url = base + "/api/v1/organisations?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                for (int i = 0; i < 21; i++) {
                    long t = System.nanoTime();
                    get(client, url);
                    times.add(System.nanoTime() - t);
                }
                times.sort(null);
                System.out.printf("  %-18s median %.1f ms%n", q, times.get(10) / 1e6);
            }
            RegisterBenchmark.api(client, base, 1200, true);
            // The hub's JIT compiler works for a minute or more before the page reaches its steady speed.
            RegisterBenchmark.page(base, "/organisations?q=", 16, Duration.ofSeconds(60), false);
            RegisterBenchmark.page(base, "/organisations?q=", 16, Duration.ofSeconds(20), true);
            RegisterBenchmark.page(base, "/organisations", 16, Duration.ofSeconds(10), true);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static void get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }
}

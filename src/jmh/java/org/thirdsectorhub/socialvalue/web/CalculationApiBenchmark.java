package org.thirdsectorhub.socialvalue.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.thirdsectorhub.ThirdSectorHubApplication;

/**
 * The API target: {@code POST /api/v1/sroi/calculations} for a map of 50 outcomes over 10 years
 * with 10,000 Monte Carlo iterations, round trip under 150 ms. Starts the whole hub once (embedded
 * PostgreSQL in a temporary directory) and posts over real HTTP with java.net.http.HttpClient, so the
 * figure includes JSON parsing, validation, security filters, the calculation and writing the answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalculationApiBenchmark {

    private static final int OUTCOMES = 50;
    private static final int YEARS = 10;

    private ConfigurableApplicationContext hub;
    private Path dataDir;
    private HttpClient client;
    private URI endpoint;
    private String monteCarloBody;
    private String sensitivityAndMonteCarloBody;
    private String deterministicBody;

    @Setup(Level.Trial)
    public void startHub() throws IOException {
        dataDir = Files.createTempDirectory("sroi-api-benchmark");
        hub = new SpringApplicationBuilder(ThirdSectorHubApplication.class)
                .properties("server.port=0", "hub.data-dir=" + dataDir.resolve("postgres"), "hub.database.delete-on-close=true",
                        "hub.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
        int port = Integer.parseInt(hub.getEnvironment().getProperty("local.server.port"));
        endpoint = URI.create("http://localhost:" + port + "/api/v1/sroi/calculations");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        deterministicBody = body(false, false);
        monteCarloBody = body(false, true);
        sensitivityAndMonteCarloBody = body(true, true);
        for (String body : new String[] {deterministicBody, monteCarloBody, sensitivityAndMonteCarloBody}) {
            HttpResponse<String> response = send(body);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The API answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    @TearDown(Level.Trial)
    public void stopHub() {
        hub.close();
    }

    @Benchmark
    public int deterministicRoundTrip() throws Exception {
        return check(send(deterministicBody));
    }

    @Benchmark
    public int monteCarlo10000RoundTrip() throws Exception {
        return check(send(monteCarloBody));
    }

    @Benchmark
    public int sensitivityAndMonteCarlo10000RoundTrip() throws Exception {
        return check(send(sensitivityAndMonteCarloBody));
    }

    private HttpResponse<String> send(String body) {
        try {
            return client.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The API answered " + response.statusCode());
        }
        return response.body().length();
    }

    /** The same map as SroiEngineBenchmark: PERT proxies, triangular deadweights, some normal drop-offs and uniform quantities. */
    static String body(boolean sensitivity, boolean monteCarlo) {
        StringBuilder json = new StringBuilder("{\"investments\": [{\"year\": 0, \"amount\": 600000}, "
                + "{\"year\": 1, \"amount\": 200000}, {\"year\": 2, \"amount\": 200000}], \"outcomes\": [");
        for (int i = 0; i < OUTCOMES; i++) {
            double proxy = 500 + 37 * i;
            double deadweight = (10 + i % 30) / 100.0;
            double dropOff = (5 + i % 20) / 100.0;
            double quantity = 10 + i;
            if (i > 0) {
                json.append(',');
            }
            json.append(String.format(Locale.ROOT, "{\"name\": \"Outcome %d\", \"stakeholder\": \"Stakeholder %d\", "
                    + "\"quantity\": %s, \"proxyValue\": %s, \"durationYears\": %d, \"startYear\": 1, \"deadweight\": %s, "
                    + "\"displacement\": %s, \"attribution\": %s, \"dropOff\": %s, \"uncertainty\": {"
                    + "\"proxyValue\": {\"type\": \"pert\", \"min\": %s, \"max\": %s}, "
                    + "\"deadweight\": {\"type\": \"triangular\", \"min\": 0, \"max\": %s}",
                    i, i % 5, quantity, proxy, YEARS, deadweight, (i % 10) / 100.0, (i % 20) / 100.0, dropOff,
                    proxy * 0.7, proxy * 1.5, deadweight + 0.3));
            if (i % 3 == 0) {
                json.append(String.format(Locale.ROOT, ", \"dropOff\": {\"type\": \"normal\", \"sd\": 0.05}"));
            }
            if (i % 5 == 0) {
                json.append(String.format(Locale.ROOT, ", \"quantity\": {\"type\": \"uniform\", \"min\": %s, \"max\": %s}",
                        quantity * 0.8, quantity * 1.2));
            }
            json.append("}}");
        }
        json.append("], \"sensitivity\": ").append(sensitivity);
        if (monteCarlo) {
            json.append(", \"monteCarlo\": {\"iterations\": 10000, \"seed\": 42}");
        }
        return json.append('}').toString();
    }
}

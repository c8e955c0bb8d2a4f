package org.thirdsectorhub.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as the environment is known, on its own thread, so the
 * server boots while Spring builds the rest of the hub; the data source bean then only waits for it.
 * Registered in META-INF/spring.factories because it must run before the application context exists.
 */
public class EarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Map<Path, CompletableFuture<EmbeddedDatabase>> STARTING = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        String configured = environment.getProperty("hub.data-dir");
        if (!StringUtils.hasText(configured)) {
            return;
        }
        Path directory = Path.of(configured).toAbsolutePath().normalize();
        // Fix the directory now: a value like ${random.uuid} would resolve differently for the bean.
        environment.getPropertySources().addFirst(new MapPropertySource("hubResolvedDataDir",
                Map.of("hub.data-dir", directory.toString())));
        boolean deleteOnClose = environment.getProperty("hub.database.delete-on-close", Boolean.class, false);
        STARTING.computeIfAbsent(directory, dir -> CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedDatabase.start(dir, deleteOnClose);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** The database started early for this directory, if one was; the caller owns it from then on. */
    static Optional<EmbeddedDatabase> take(Path directory) throws IOException {
        CompletableFuture<EmbeddedDatabase> starting = STARTING.remove(directory.toAbsolutePath().normalize());
        if (starting == null) {
            return Optional.empty();
        }
        try {
            if (!starting.isDone()) {
                long waiting = System.nanoTime();
                starting.exceptionally(failure -> null).join();
                LoggerFactory.getLogger(EarlyStart.class).info("Waited {} ms for the embedded PostgreSQL",
                        (System.nanoTime() - waiting) / 1_000_000);
            }
            return Optional.of(starting.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the embedded database started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("The embedded database did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }
}

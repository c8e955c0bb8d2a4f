package org.thirdsectorhub.opendata.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Runs uploaded open-data imports in the background, one at a time (a file of up to a gigabyte would keep
 * the request waiting past proxy timeouts), and keeps each running import's progress for its page.
 */
@Service
public class ExternalImportJobs {

    static final String INTERRUPTED = "The hub stopped while this file was being imported, so nothing was imported."
            + " Upload the file again.";

    private static final Logger log = LoggerFactory.getLogger(ExternalImportJobs.class);

    private final ExternalImports imports;
    private final Instant processStarted;
    private final Map<UUID, ReportBuilder> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "opendata-import");
        thread.setDaemon(true);
        return thread;
    });

    ExternalImportJobs(ExternalImports imports, Clock clock) {
        this.imports = imports;
        this.processStarted = Instant.now(clock);
    }

    /** What a running import has read so far. */
    public record Progress(String format, int imported, int rejected) {

        public int read() {
            return imported + rejected;
        }
    }

    /** Records the run and starts importing its file, which is deleted when the import ends, whatever happens. */
    public UUID start(ExternalImports.Request request, Actor actor) {
        UUID run;
        try {
            run = imports.begin(request, actor);
        } catch (RuntimeException e) {
            delete(request);
            throw e;
        }
        ReportBuilder builder = new ReportBuilder();
        running.put(run, builder);
        try {
            executor.submit(() -> importInBackground(run, request, actor, builder));
        } catch (RejectedExecutionException e) {
            running.remove(run);
            delete(request);
            imports.abandon(run, "The hub is stopping, so nothing was imported. Upload the file again.", actor);
        }
        return run;
    }

    private void importInBackground(UUID run, ExternalImports.Request request, Actor actor, ReportBuilder builder) {
        try {
            imports.execute(run, request, actor, builder);
        } catch (Throwable e) {
            log.error("Open data import {} of {} stopped", run, request.fileName(), e);
            try {
                imports.abandon(run, "The import stopped and nothing was imported: " + e.getMessage(), actor);
            } catch (RuntimeException again) {
                log.error("Open data import {} could not be marked as failed", run, again);
            }
        } finally {
            running.remove(run);
            delete(request);
        }
    }

    /** The progress of a run still going on in this process. */
    public Optional<Progress> progress(UUID run) {
        return Optional.ofNullable(running.get(run))
                .map(b -> new Progress(b.format(), b.importedCount(), b.rejectedCount()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        failInterruptedRuns();
    }

    /** Runs left running by a process that stopped mid-import will never finish: they are marked as failed. */
    public int failInterruptedRuns() {
        int failed = 0;
        for (UUID run : imports.runningBefore(processStarted)) {
            if (!running.containsKey(run) && !imports.beingImported(run) && imports.abandon(run, INTERRUPTED, Actor.SYSTEM)) {
                log.warn("Open data import {} was left running by a hub that stopped; marked as failed", run);
                failed++;
            }
        }
        return failed;
    }

    private static void delete(ExternalImports.Request request) {
        try {
            Files.deleteIfExists(request.file());
        } catch (IOException e) {
            // The temporary directory is cleaned by the system.
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

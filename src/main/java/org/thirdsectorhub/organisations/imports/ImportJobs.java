package org.thirdsectorhub.organisations.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Runs uploaded imports in the background, one at a time (two imports of the same register at once
 * would race), and keeps each running import's progress for the progress page.
 */
@Service
public class ImportJobs {

    static final String INTERRUPTED = "The hub stopped while this file was being imported, so nothing was imported."
            + " Upload the file again.";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportJobs.class);

    private final RegisterImports imports;
    private final java.time.Instant processStarted = java.time.Instant.now();
    private final Map<UUID, ImportProgress> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "register-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(RegisterImports imports) {
        this.imports = imports;
    }

    /** Starts the import of an uploaded file, which is deleted when the import ends. */
    public UUID start(RegisterImports.Request request, Actor actor) {
        UUID run = imports.begin(request, actor);
        ImportProgress progress = new ImportProgress();
        progress.stage("waiting for the import before it to finish");
        running.put(run, progress);
        executor.submit(() -> {
            try {
                imports.execute(run, request, actor, progress);
            } finally {
                running.remove(run);
                try {
                    Files.deleteIfExists(request.file());
                } catch (IOException e) {
                    // The temporary directory is cleaned by the system.
                }
            }
        });
        return run;
    }

    /** The progress of a run still going on in this process. */
    public Optional<ImportProgress> progress(UUID run) {
        return Optional.ofNullable(running.get(run));
    }

    /**
     * Runs left running by a hub that stopped mid-import will never finish; they are marked as failed (their
     * import transaction never committed, so nothing of them is in the register).
     */
    @EventListener(ApplicationReadyEvent.class)
    public int failInterruptedRuns() {
        int failed = imports.failInterrupted(processStarted, INTERRUPTED);
        if (failed > 0) {
            log.warn("{} register imports were left running by a hub that stopped; marked as failed", failed);
        }
        return failed;
    }

    /** A temporary file for an upload. */
    public static Path temporaryFile(String suffix) throws IOException {
        return Files.createTempFile("register-import-", suffix);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

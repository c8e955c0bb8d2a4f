package org.thirdsectorhub.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A postgres server that outlived the hub that started it (for example after kill -9). */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path pidFile;

    StalePostmaster(Path pidFile) {
        this.pidFile = pidFile;
    }

    void stopIfRunning() throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster();
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run still holds the data; stopping it", process.pid());
        // SIGTERM is PostgreSQL's "smart" shutdown; waiting lets it write a clean checkpoint.
        process.destroy();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            sleepBriefly();
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            sleepBriefly();
        }
        Files.deleteIfExists(pidFile);
    }

    private Optional<ProcessHandle> runningPostmaster() throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

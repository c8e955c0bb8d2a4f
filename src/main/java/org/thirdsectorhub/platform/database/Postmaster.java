package org.thirdsectorhub.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL server process recorded in a data directory's postmaster.pid. */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int PORT_LINE = 3;

    private final Path pidFile;

    Postmaster(Path pidFile) {
        this.pidFile = pidFile;
    }

    /** Stops a server that outlived the hub that started it, for example after kill -9. */
    void stopIfLeftBehind() throws IOException {
        Optional<ProcessHandle> running = runningProcess();
        if (running.isEmpty()) {
            return;
        }
        ProcessHandle process = running.get();
        log.warn("Stopping the PostgreSQL server (pid {}) left running by an earlier hub", process.pid());
        // SIGTERM is PostgreSQL's "smart" shutdown; waiting lets it write a clean checkpoint.
        process.destroy();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            pause();
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            pause();
        }
        Files.deleteIfExists(pidFile);
    }

    Optional<Integer> runningPort() throws IOException {
        if (runningProcess().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() <= PORT_LINE) {
            return Optional.empty();
        }
        return parse(lines.get(PORT_LINE)).map(Math::toIntExact);
    }

    private Optional<ProcessHandle> runningProcess() throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return parse(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(Postmaster::isPostgres);
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

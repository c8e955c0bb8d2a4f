package org.thirdsectorhub.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server on a persistent data directory. A lock file beside the directory tells a
 * server in use by a running hub (whose lock is held) from one left behind by a killed hub (whose
 * lock the operating system released): the first is shared, the second is stopped and restarted.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final int sharedPort;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean deleteOnClose;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres, int sharedPort,
            FileChannel lockChannel, FileLock lock, boolean deleteOnClose) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.sharedPort = sharedPort;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.deleteOnClose = deleteOnClose;
    }

    static EmbeddedDatabase start(Path directory, boolean deleteOnClose) throws IOException {
        Path dataDirectory = directory.toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        Postmaster postmaster = new Postmaster(dataDirectory.resolve("postmaster.pid"));
        if (lock == null) {
            channel.close();
            int port = postmaster.runningPort().orElseThrow(() -> new IllegalStateException(
                    "Another hub is starting on " + dataDirectory + "; wait for it or set HUB_DATA_DIR"));
            log.info("Using the embedded PostgreSQL of the hub already running on {} (port {})", dataDirectory, port);
            return new EmbeddedDatabase(dataDirectory, null, port, null, null, false);
        }
        postmaster.stopIfLeftBehind();
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Zonky turns these off for speed; the hub's data must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                // No replication from an embedded server; minimal lets a first import skip the log (see imports).
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .start();
        log.info("Embedded PostgreSQL ready on port {} after {} ms", postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedDatabase(dataDirectory, postgres, 0, channel, lock, deleteOnClose);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    String jdbcUrl() {
        if (postgres != null) {
            return postgres.getJdbcUrl("postgres", "postgres");
        }
        return "jdbc:postgresql://localhost:" + sharedPort + "/postgres";
    }

    @Override
    public void close() throws IOException {
        if (postgres == null) {
            return;
        }
        postgres.close();
        lock.release();
        lockChannel.close();
        if (deleteOnClose) {
            deleteRecursively(dataDirectory);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Files.deleteIfExists(directory.resolveSibling(directory.getFileName() + ".lock"));
    }
}

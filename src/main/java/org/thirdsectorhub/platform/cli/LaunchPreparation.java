package org.thirdsectorhub.platform.cli;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.platform.launcher.LaunchFolder;

/**
 * After a start from the jar itself, prepares the {@link LaunchFolder} for the next start, on a background
 * thread at low priority: extracts the jar with Spring Boot's tools, then starts the hub once more from the
 * extracted jar until its application context is ready (it serves nobody and shares this hub's database),
 * recording the classes it loads in a class data sharing archive. Takes about 15 seconds of one core, once
 * per jar. If this hub stops meanwhile, the training start stops with it and the next start tries again.
 */
@Component
class LaunchPreparation {

    private static final Logger log = LoggerFactory.getLogger(LaunchPreparation.class);

    private final ApplicationArguments arguments;
    private final Environment environment;
    private volatile boolean stopping;

    LaunchPreparation(ApplicationArguments arguments, Environment environment) {
        this.arguments = arguments;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareForTheNextStart() {
        if (Boolean.getBoolean(LaunchFolder.STARTED_BY_LAUNCHER)) {
            log.info("Started from the prepared copy of the jar (HUB_FAST_RESTART=false starts from the jar itself)");
            return;
        }
        if (environment.getProperty("hub.command.active", Boolean.class, false)) {
            return;
        }
        LaunchFolder.forThisProcess().filter(folder -> !folder.ready() && !folder.failedBefore()).ifPresent(folder ->
                LaunchFolder.jvmOptions().ifPresent(options -> {
                    Thread thread = new Thread(() -> prepare(folder, options), "launch-preparation");
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    thread.start();
                }));
    }

    /** A step cut short because this hub is stopping has not failed: the next start tries again. */
    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }

    private void prepare(LaunchFolder folder, List<String> options) {
        try {
            Files.createDirectories(folder.folder().getParent());
            try (FileChannel channel = FileChannel.open(folder.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null || folder.ready()) {
                    return;
                }
                long started = System.nanoTime();
                if (prepareLocked(folder, options)) {
                    log.info("Prepared {} in {} s: later starts of this jar hand over to it and take about a third less"
                            + " time", folder.folder(), (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not prepare {} for faster starts ({}); the hub starts from the jar as before",
                    folder.folder(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean prepareLocked(LaunchFolder folder, List<String> options) throws IOException, InterruptedException {
        deleteRecursively(folder.folder());
        Files.createDirectories(folder.folder());
        String java = LaunchFolder.java().toString();
        int extracted = run(folder, List.of(java, "-Djarmode=tools", "-jar", folder.jar().toString(), "extract",
                "--destination", folder.extractedJar().getParent().toString()));
        List<String> training = new ArrayList<>(List.of(java));
        training.addAll(options);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + folder.archive(), "-Dspring.context.exit=onRefresh",
                "-D" + LaunchFolder.STARTED_BY_LAUNCHER + "=true", "-jar", folder.extractedJar().toString()));
        training.addAll(List.of(arguments.getSourceArgs()));
        // The running hub republishes unfinished events; the training start must not do it a second time.
        training.add("--spring.modulith.events.republish-outstanding-events-on-restart=false");
        if (extracted != 0 || run(folder, training) != 0 || !Files.isRegularFile(folder.archive())) {
            if (stopping) {
                return false;
            }
            folder.markFailed();
            throw new IOException("a step failed; see " + folder.log());
        }
        folder.markReady();
        return true;
    }

    /** Runs a step niced, its output appended to the folder's log, its standard input a pipe this JVM holds. */
    private static int run(LaunchFolder folder, List<String> command) throws IOException, InterruptedException {
        List<String> niced = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            niced.addAll(List.of("/usr/bin/nice", "-n", "10"));
        }
        niced.addAll(command);
        Process step = new ProcessBuilder(niced).redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(folder.log().toFile())).start();
        return step.waitFor();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

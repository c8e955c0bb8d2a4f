package org.thirdsectorhub.platform.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Where the prepared copy of the hub's jar lives: the jar extracted (Spring Boot's tools layout, plain
 * jars on a class path instead of jars nested in a jar) and a class data sharing archive of the classes
 * the hub loads while it starts, recorded by one training start. It is ready only when its stamp names
 * this jar (size and time) and this Java, so a rebuilt jar or another JDK is prepared again. By default
 * beside the jar ({@code target/third-sector-hub-launch}); {@code HUB_LAUNCH_DIR} moves it.
 */
public final class LaunchFolder {

    /** Set on the hub that a launcher started, so it neither hands over again nor prepares. */
    public static final String STARTED_BY_LAUNCHER = "hub.launch.child";

    // Options that cannot be passed on to a second JVM: a debugger or agent port is taken by the first.
    private static final List<String> NOT_PASSED_ON = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            // Measured: Java 17 crashes with a flight recording and a dynamic class data sharing archive together.
            "-XX:StartFlightRecording");

    private final Path jar;
    private final Path folder;

    LaunchFolder(Path jar, Path folder) {
        this.jar = jar;
        this.folder = folder;
    }

    /**
     * The folder for this JVM, if it was started with {@code java -jar} on the hub's jar, by a person rather
     * than by the launcher, and fast restarts are not turned off ({@code HUB_FAST_RESTART=false}).
     */
    public static Optional<LaunchFolder> forThisProcess() {
        if (Boolean.getBoolean(STARTED_BY_LAUNCHER) || "false".equalsIgnoreCase(System.getenv("HUB_FAST_RESTART"))
                || "false".equalsIgnoreCase(System.getProperty("hub.fast-restart"))) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        String configured = System.getenv("HUB_LAUNCH_DIR");
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath().normalize()
                : jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-launch");
        return Optional.of(new LaunchFolder(jar, folder));
    }

    public Path jar() {
        return jar;
    }

    public Path folder() {
        return folder;
    }

    public Path archive() {
        return folder.resolve("hub.jsa");
    }

    public Path extractedJar() {
        return folder.resolve("app").resolve(jar.getFileName());
    }

    public Path log() {
        return folder.resolve("prepare.log");
    }

    public Path lock() {
        return folder.resolveSibling(folder.getFileName() + ".lock");
    }

    public boolean ready() {
        return stamp().equals(read(folder.resolve("stamp"))) && Files.isRegularFile(archive())
                && Files.isRegularFile(extractedJar());
    }

    /**
     * Whether preparing for this very jar and Java failed within the last day, so it is not tried on every
     * start; a failure from a passing cause (the database away, the disk full) is tried again a day later.
     */
    public boolean failedBefore() {
        Path failed = folder.resolve("failed");
        try {
            return stamp().equals(read(failed)) && Files.getLastModifiedTime(failed).toInstant()
                    .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        } catch (IOException e) {
            return false;
        }
    }

    public void markReady() throws IOException {
        write("stamp");
    }

    public void markFailed() throws IOException {
        write("failed");
    }

    private void write(String name) throws IOException {
        Path temporary = folder.resolve(name + ".tmp");
        Files.writeString(temporary, stamp(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String stamp() {
        try {
            return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + System.getProperty("java.home")
                    + " " + System.getProperty("java.vm.version");
        } catch (IOException e) {
            return "unreadable jar";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** This JVM's options, to start another like it; empty when one of them cannot be passed on. */
    public static Optional<List<String>> jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return passable(options) ? Optional.of(options) : Optional.empty();
    }

    static boolean passable(List<String> options) {
        return options.stream().noneMatch(option -> NOT_PASSED_ON.stream().anyMatch(option::startsWith));
    }
}

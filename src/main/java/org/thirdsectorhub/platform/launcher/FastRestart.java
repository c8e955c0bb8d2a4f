package org.thirdsectorhub.platform.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Makes {@code java -jar third-sector-hub.jar} restart in under 6 seconds instead of about 9 on a 2-core machine.
 * Most of a start is finding, reading and verifying some 15,000 classes in jars nested in the jar; Spring
 * Boot's documented remedy (an extracted jar and a class data sharing archive) needs JVM options that a
 * plain {@code java -jar} cannot give. So once a {@link LaunchFolder} is prepared (LaunchPreparation, in
 * platform.cli, does that in the background after a start from the jar itself), this JVM starts the hub in a second JVM with those
 * options, passes on its own options and arguments, and stays only to wait: a stop signal is passed on
 * and the hub's exit code returned. If this JVM is killed outright, the hub notices its standard input
 * close and stops at once, as it would have been killed with it.
 *
 * <p>This package runs before Spring and is copied to the jar's root, outside the nested jars, so it may
 * use nothing but the JDK and Spring Boot's loader.
 */
public final class FastRestart {

    /**
     * The optimising compiler (C2) waits for four times the calls it waits for by default before it compiles a
     * method: during a start it takes a whole core for code that mostly runs only then (measured: 4.2 s of
     * CPU in a 6 s restart), and the hub's busy code still reaches it within its first minute of traffic.
     * Measured: 0.2 s off a restart. Given before the JVM's own options, so any of those take precedence.
     */
    private static final List<String> STARTUP_TUNING = List.of("-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4MinInvocationThreshold=2400", "-XX:Tier4CompileThreshold=30000", "-XX:Tier4BackEdgeThreshold=160000");

    private FastRestart() {}

    /**
     * Runs the hub in a second JVM from the prepared folder, if there is one for this jar, and returns its
     * exit code; empty when the hub is to start in this JVM. Called by {@link HubLauncher}, before Spring.
     */
    public static OptionalInt runPrepared(String[] args) {
        Optional<LaunchFolder> folder = LaunchFolder.forThisProcess().filter(LaunchFolder::ready);
        Optional<List<String>> options = folder.isPresent() ? LaunchFolder.jvmOptions() : Optional.empty();
        if (folder.isEmpty() || options.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(LaunchFolder.java().toString());
        command.addAll(STARTUP_TUNING);
        command.addAll(options.get());
        command.addAll(List.of("-XX:SharedArchiveFile=" + folder.get().archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-D" + LaunchFolder.STARTED_BY_LAUNCHER + "=true", "-jar", folder.get().extractedJar().toString()));
        command.addAll(Arrays.asList(args));
        Process hub;
        try {
            hub = new ProcessBuilder(command).redirectOutput(Redirect.INHERIT).redirectError(Redirect.INHERIT).start();
        } catch (IOException e) {
            System.err.println("Starting the prepared copy in " + folder.get().folder() + " failed (" + e.getMessage()
                    + "); starting from the jar itself");
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(hub), "stop-hub"));
        return OptionalInt.of(waitFor(hub));
    }

    private static void stop(Process hub) {
        // Through the handle, because Process.destroy also closes the pipe, which the hub takes for a kill.
        if (hub.toHandle().destroy()) {
            waitFor(hub);
        }
    }

    private static int waitFor(Process hub) {
        while (true) {
            try {
                return hub.waitFor();
            } catch (InterruptedException e) {
                // Only the hub's end ends the wait; a stop signal reaches it through the shutdown hook.
            }
        }
    }

    /**
     * In the hub a launcher started: standard input is a pipe only the launcher holds, so its end means the
     * launcher is gone, killed outright (it would have stopped the hub first otherwise), and so is the hub.
     * Does nothing in a hub started any other way. Called as the hub starts (LauncherWatch, in platform.cli).
     */
    public static void watchLauncher() {
        if (!Boolean.getBoolean(LaunchFolder.STARTED_BY_LAUNCHER)) {
            return;
        }
        Thread watch = new Thread(() -> {
            try (InputStream launcher = System.in) {
                while (launcher.read() != -1) {
                    // The launcher writes nothing; reading only waits for the pipe to close.
                }
            } catch (IOException e) {
                // A broken pipe is the launcher's end too.
            }
            Runtime.getRuntime().halt(137);
        }, "launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}

package org.thirdsectorhub.platform.launcher;

import java.util.OptionalInt;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The jar's Main-Class (set when the jar is packaged, see pom.xml): hands over to the prepared copy when
 * there is one ({@link FastRestart}), and otherwise starts the hub from the jar through Spring Boot's
 * launcher as usual. Loaded straight from the jar's root, it decides in about 40 ms of a start, where
 * Spring Boot's launcher takes 150 ms to open the nested jars before the application's main runs.
 */
public final class HubLauncher {

    private HubLauncher() {}

    public static void main(String[] args) throws Exception {
        // A command (token, import) prints an answer and exits; it starts from the jar as before.
        boolean command = args.length > 0 && !args[0].startsWith("-");
        OptionalInt preparedCopy = command ? OptionalInt.empty() : FastRestart.runPrepared(args);
        if (preparedCopy.isPresent()) {
            System.exit(preparedCopy.getAsInt());
        }
        JarLauncher.main(args);
    }
}

package org.thirdsectorhub.shared.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run from the command line instead of the web server, e.g.
 * {@code java -jar third-sector-hub.jar token create someone@example.org}.
 */
public interface HubCommand {

    /** The words that name the command, e.g. {@code ["token", "create"]}. */
    List<String> words();

    /** One line for the usage text, e.g. {@code "token create <email>   print a new API token"}. */
    String usage();

    /** Runs with the arguments after the command words; returns the process exit code. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}

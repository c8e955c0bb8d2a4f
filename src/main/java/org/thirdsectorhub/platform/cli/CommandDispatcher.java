package org.thirdsectorhub.platform.cli;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.cli.HubCommand;

/** Runs the command named on the command line, then ends the process with the command's exit code. */
@Component
@ConditionalOnProperty(name = "hub.command.active", havingValue = "true")
class CommandDispatcher implements CommandLineRunner {

    static final int USAGE_ERROR = 2;

    private final List<HubCommand> commands;
    private final ConfigurableApplicationContext context;

    CommandDispatcher(List<HubCommand> commands, ConfigurableApplicationContext context) {
        this.commands = commands;
        this.context = context;
    }

    @Override
    public void run(String... args) {
        int exitCode = dispatch(Arrays.asList(args));
        System.out.flush();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int dispatch(List<String> args) {
        // The command naming the most words wins, so "import ocds" is not taken by "import".
        HubCommand chosen = null;
        for (HubCommand command : commands) {
            List<String> words = command.words();
            if (args.size() >= words.size() && args.subList(0, words.size()).equals(words)
                    && (chosen == null || words.size() > chosen.words().size())) {
                chosen = command;
            }
        }
        if (chosen != null) {
            return chosen.run(args.subList(chosen.words().size(), args.size()), System.out, System.err);
        }
        System.err.println("Unknown command: " + String.join(" ", args));
        System.err.println("Commands:");
        commands.forEach(command -> System.err.println("  java -jar third-sector-hub.jar " + command.usage()));
        return USAGE_ERROR;
    }
}

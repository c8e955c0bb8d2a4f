package org.thirdsectorhub.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thirdsectorhub.shared.cli.HubCommand;

class CommandDispatcherTest {

    record Fake(List<String> words, int code) implements HubCommand {
        @Override
        public String usage() {
            return String.join(" ", words);
        }

        @Override
        public int run(List<String> arguments, PrintStream out, PrintStream err) {
            return code;
        }
    }

    private final CommandDispatcher dispatcher = new CommandDispatcher(List.of(new Fake(List.of("import"), 10),
            new Fake(List.of("import", "360giving"), 11), new Fake(List.of("import", "ocds"), 12)), null);

    @Test
    void theCommandNamingMostWordsWinsWhateverTheOrder() {
        assertThat(dispatcher.dispatch(List.of("import", "ocds", "file.json"))).isEqualTo(12);
        assertThat(dispatcher.dispatch(List.of("import", "360giving", "file.json", "--report", "json"))).isEqualTo(11);
        assertThat(dispatcher.dispatch(List.of("import", "charity-commission", "extract.zip"))).isEqualTo(10);
        assertThat(dispatcher.dispatch(List.of("nothing"))).isEqualTo(CommandDispatcher.USAGE_ERROR);
    }
}

package org.thirdsectorhub.organisations.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.shared.cli.HubCommand;
import org.thirdsectorhub.shared.security.Actor;

/**
 * {@code import charity-commission <dir-or-zip> [--area E06000042]}, {@code import companies-house <file>},
 * {@code import organisations <file>}: prints a one-line summary; exits 0 when every row was imported,
 * 3 when some rows failed (the rest were imported), 1 when nothing was imported, 2 on a usage error.
 */
@Component
class ImportCommand implements HubCommand {

    private static final int FIRST_PROBLEMS = 20;

    private final RegisterImports imports;

    ImportCommand(RegisterImports imports) {
        this.imports = imports;
    }

    @Override
    public List<String> words() {
        return List.of("import");
    }

    @Override
    public String usage() {
        return "import charity-commission <dir-or-zip> [--area E06000042] | import companies-house <file.csv>"
                + " | import organisations <file.csv|xlsx>   import into the register";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        String area = null;
        int flag = args.indexOf("--area");
        if (flag >= 0) {
            if (flag + 1 >= args.size() || !args.get(flag + 1).matches("(?i)^[EWSNK][0-9]{8}$")) {
                err.println("--area needs a GSS code, e.g. --area E06000042 (Milton Keynes)");
                return 2;
            }
            area = args.get(flag + 1).toUpperCase(Locale.ROOT);
            args.remove(flag + 1);
            args.remove(flag);
        }
        var kind = args.isEmpty() ? java.util.Optional.<ImportKind>empty() : ImportKind.ofWord(args.get(0));
        if (kind.isEmpty() || args.size() != 2 || (area != null && kind.get() != ImportKind.CHARITY_COMMISSION)) {
            err.println("Usage: java -jar third-sector-hub.jar " + usage());
            return 2;
        }
        Path file = Path.of(args.get(1));
        ImportResult result = imports.run(new RegisterImports.Request(kind.get(), file,
                file.getFileName() == null ? file.toString() : file.getFileName().toString(), area),
                new Actor(null, "command line"));
        (result.exitCode() == 0 ? out : err).println(result.summary());
        result.problems().stream().limit(FIRST_PROBLEMS).forEach(problem -> err.println("  " + problem));
        if (result.problems().size() > FIRST_PROBLEMS) {
            err.println("  … and " + (result.problems().size() - FIRST_PROBLEMS) + " more (see the report in the hub: /admin/imports/"
                    + result.run() + ")");
        }
        return result.exitCode();
    }
}

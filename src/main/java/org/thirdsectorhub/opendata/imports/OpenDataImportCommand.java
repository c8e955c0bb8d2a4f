package org.thirdsectorhub.opendata.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thirdsectorhub.shared.cli.HubCommand;
import org.thirdsectorhub.shared.security.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import 360giving <file> [--report json]} and {@code import ocds <file> [--report json]}: exit 0 when
 * the file was read (even if records were rejected), 1 when the file as a whole could not be read, 2 on a
 * usage error. With {@code --report json} the report is printed as JSON with the keys imported, rejected,
 * corrections and violations.
 */
abstract class OpenDataImportCommand implements HubCommand {

    static final int REFUSED = 1;
    static final int USAGE = 2;

    private final ExternalImports imports;
    private final JsonMapper json;
    private final Standard standard;

    OpenDataImportCommand(ExternalImports imports, JsonMapper json, Standard standard) {
        this.imports = imports;
        this.json = json;
        this.standard = standard;
    }

    @Override
    public List<String> words() {
        return List.of("import", standard.word());
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(arguments);
        boolean asJson = false;
        int flag = args.indexOf("--report");
        if (flag >= 0) {
            if (flag + 1 >= args.size() || !args.get(flag + 1).equals("json")) {
                err.println("--report takes one value: json");
                return USAGE;
            }
            asJson = true;
            args.remove(flag + 1);
            args.remove(flag);
        }
        if (args.size() != 1) {
            err.println("Usage: java -jar third-sector-hub.jar " + usage());
            return USAGE;
        }
        Path file = Path.of(args.get(0));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportReport report = imports.run(new ExternalImports.Request(standard, file, name), new Actor(null, "command line"));
        if (!report.succeeded()) {
            err.println(report.message().replaceAll("\\s+", " "));
            return REFUSED;
        }
        if (asJson) {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("imported", report.imported());
            shape.put("rejected", report.rejected());
            shape.put("corrections", report.corrections());
            shape.put("violations", report.violations());
            out.println(json.writeValueAsString(shape));
        } else {
            out.println(report.summary());
            report.violations().stream().limit(20).forEach(v -> out.println("  " + v.record() + " " + v.field() + ": " + v.message()));
            if (report.violations().size() > 20) {
                out.println("  … and " + (report.violations().size() - 20) + " more violations (see /opendata/imports/"
                        + report.run() + ")");
            }
        }
        return 0;
    }
}

package org.thirdsectorhub.opendata.imports;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The two open data import commands, one per standard. */
final class ImportCommands {

    private ImportCommands() {}

    @Component
    static class Giving extends OpenDataImportCommand {

        Giving(ExternalImports imports, JsonMapper json) {
            super(imports, json, Standard.THREESIXTY_GIVING);
        }

        @Override
        public String usage() {
            return "import 360giving <file.json|csv|xlsx> [--report json]   import another funder's grants";
        }
    }

    @Component
    static class Ocds extends OpenDataImportCommand {

        Ocds(ExternalImports imports, JsonMapper json) {
            super(imports, json, Standard.OCDS);
        }

        @Override
        public String usage() {
            return "import ocds <file.json> [--report json]   import another buyer's contract awards";
        }
    }
}

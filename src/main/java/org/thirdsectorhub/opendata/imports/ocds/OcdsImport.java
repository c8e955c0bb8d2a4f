package org.thirdsectorhub.opendata.imports.ocds;

import com.networknt.schema.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.thirdsectorhub.opendata.imports.FundingRecord;
import org.thirdsectorhub.opendata.imports.InputFiles;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.SchemaViolations;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OCDS file: a release package, a record package (each record's compiled release, or its full
 * releases when it has none), a single release or a single record. Each release or record is one record of
 * the report; it is rejected without an ocid, id, date or tag, and its other schema violations are reported.
 * A package without {@code version} (OCDS 1.0 era) is read as 1.1, with one violation on the package.
 */
public final class OcdsImport {

    public static final String PACKAGE = "(package)";

    private final JsonMapper json;
    private final Schema releaseSchema;

    public OcdsImport(JsonMapper json, Schema releaseSchema) {
        this.json = json;
        this.releaseSchema = releaseSchema;
    }

    public void run(Path file, String fileName, ReportBuilder report, Consumer<FundingRecord> accepted) {
        String format = InputFiles.formatOf(file, fileName);
        if (!InputFiles.JSON.equals(format)) {
            throw new UnreadableFile(fileName + " is not JSON: OCDS files are JSON release or record packages.");
        }
        report.format(format);
        JsonNode root = read(file, fileName);
        if (!(root instanceof ObjectNode object)) {
            throw new UnreadableFile(fileName + " is not an OCDS release, record or package (it is not a JSON object).");
        }
        ReleaseAwards awards = new ReleaseAwards(new OcdsNormaliser(report), report, accepted);
        String publisher = object.path("publisher").path("name").asString(null);
        if (object.has("releases") && !object.has("ocid")) {
            packageChecks(object, report);
            forEach(object.get("releases"), (index, release) -> release(release, "release " + index, publisher, awards, report));
        } else if (object.has("records")) {
            packageChecks(object, report);
            forEach(object.get("records"), (index, record) -> record(record, "record " + index, publisher, awards, report));
        } else if (object.has("ocid") && object.has("releases") || object.has("compiledRelease")) {
            record(object, "record 1", publisher, awards, report);
        } else if (object.has("ocid") || object.has("tag")) {
            release(object, "release 1", publisher, awards, report);
        } else {
            throw new UnreadableFile(fileName + " is not an OCDS release, record or package: it has no releases, records"
                    + " or ocid.");
        }
    }

    private JsonNode read(Path file, String fileName) {
        try (BufferedReader reader = InputFiles.open(file, fileName)) {
            return json.readTree(reader);
        } catch (JacksonException e) {
            throw new UnreadableFile(fileName + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void packageChecks(ObjectNode pkg, ReportBuilder report) {
        if (!pkg.path("version").isString()) {
            report.violation(PACKAGE, "$.version", "The package has no version (an OCDS 1.0-era package):"
                    + " its releases were read as OCDS 1.1");
        }
        for (String required : List.of("uri", "publishedDate", "publisher")) {
            if (!pkg.has(required)) {
                report.violation(PACKAGE, "$." + required, "The package has no " + required);
            }
        }
    }

    private interface Item {
        void accept(int index, JsonNode node);
    }

    private static void forEach(JsonNode array, Item item) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            item.accept(i + 1, array.get(i));
        }
    }

    private void record(JsonNode record, String fallback, String publisher, ReleaseAwards awards, ReportBuilder report) {
        String label = record.path("ocid").isString() ? record.get("ocid").stringValue() : fallback;
        JsonNode compiled = record.get("compiledRelease");
        if (compiled instanceof ObjectNode release) {
            release(release, label, publisher, awards, report);
            return;
        }
        List<JsonNode> full = new ArrayList<>();
        forEach(record.get("releases"), (index, release) -> {
            if (release.has("tag")) {
                full.add(release);
            }
        });
        if (full.isEmpty()) {
            report.violation(label, "$.compiledRelease", "The record has no compiled release and only linked releases,"
                    + " so there is nothing to read: rejected");
            report.rejected();
            return;
        }
        full.forEach(release -> release(release, label, publisher, awards, report));
    }

    private void release(JsonNode node, String fallback, String publisher, ReleaseAwards awards, ReportBuilder report) {
        if (!(node instanceof ObjectNode release)) {
            report.violation(fallback, "$", "A release must be a JSON object: rejected");
            report.rejected();
            return;
        }
        String label = release.path("ocid").isString()
                ? release.get("ocid").stringValue() + (release.path("id").isString() ? " " + release.get("id").stringValue() : "")
                : fallback;
        awards.normalise(label, release);
        List<String> missing = new ArrayList<>();
        for (String required : List.of("ocid", "id", "date")) {
            if (!release.path(required).isString() || release.get(required).stringValue().isBlank()) {
                missing.add(required);
            }
        }
        if (!release.path("tag").isArray() || release.get("tag").isEmpty()) {
            missing.add("tag");
        }
        missing.forEach(field -> report.violation(label, "$." + field, "The release has no " + field + ": rejected"));
        SchemaViolations.report(report, label, releaseSchema.validate(release),
                new java.util.HashSet<>(missing.stream().map(field -> "$." + field).toList()), java.util.Set.of());
        if (!missing.isEmpty()) {
            report.rejected();
            return;
        }
        report.imported();
        awards.store(label, release, publisher);
    }
}

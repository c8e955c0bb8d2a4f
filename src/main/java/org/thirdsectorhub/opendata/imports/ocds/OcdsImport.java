package org.thirdsectorhub.opendata.imports.ocds;

import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.thirdsectorhub.opendata.imports.FundingRecord;
import org.thirdsectorhub.opendata.imports.InputFiles;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.SchemaViolations;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OCDS file: a release package, a record package (each record's compiled release, or its full
 * releases when it has none), a single release or a single record. Packages are streamed one release or
 * record at a time, so a large file is never held in memory. Each release or record is one record of
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
        OcdsFile ocds = new OcdsFile(json, file, fileName);
        OcdsFile.TopLevel top = ocds.survey();
        ReleaseAwards awards = new ReleaseAwards(new OcdsNormaliser(report), report, accepted);
        String publisher = top.publisher().path("name").asString(null);
        if (top.has("releases") && !top.has("ocid")) {
            packageChecks(top, report);
            ocds.each("releases", top.occurrences("releases"),
                    (index, release) -> release(release, "release " + index, publisher, awards, report));
        } else if (top.has("records")) {
            packageChecks(top, report);
            ocds.each("records", top.occurrences("records"),
                    (index, record) -> record(record, "record " + index, publisher, awards, report));
        } else if (top.has("ocid") && top.has("releases") || top.has("compiledRelease")) {
            record(ocds.whole(), "record 1", publisher, awards, report);
        } else if (top.has("ocid") || top.has("tag")) {
            release(ocds.whole(), "release 1", publisher, awards, report);
        } else {
            throw new UnreadableFile(fileName + " is not an OCDS release, record or package: it has no releases, records"
                    + " or ocid.");
        }
    }

    private static void packageChecks(OcdsFile.TopLevel pkg, ReportBuilder report) {
        if (!pkg.version().isString()) {
            report.violation(PACKAGE, "$.version", "The package has no version (an OCDS 1.0-era package):"
                    + " its releases were read as OCDS 1.1");
        }
        for (String required : List.of("uri", "publishedDate", "publisher")) {
            if (!pkg.has(required)) {
                report.violation(PACKAGE, "$." + required, "The package has no " + required);
            }
        }
    }

    private static void forEach(JsonNode array, OcdsFile.Item item) {
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

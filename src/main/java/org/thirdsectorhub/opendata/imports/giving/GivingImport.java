package org.thirdsectorhub.opendata.imports.giving;

import com.networknt.schema.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.thirdsectorhub.opendata.imports.FundingRecord;
import org.thirdsectorhub.opendata.imports.InputFiles;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a 360Giving file (a JSON package, or a flattened CSV or XLSX spreadsheet) one grant at a time, so a
 * large file is never held in memory, and passes each grant through the same normalisation and checks.
 */
public final class GivingImport {

    private final JsonMapper json;
    private final Schema grantSchema;

    public GivingImport(JsonMapper json, Schema grantSchema) {
        this.json = json;
        this.grantSchema = grantSchema;
    }

    public void run(Path file, String fileName, ReportBuilder report, Consumer<FundingRecord> accepted) {
        String format = InputFiles.formatOf(file, fileName);
        report.format(format);
        GrantNormaliser normaliser = new GrantNormaliser(report);
        GrantChecks checks = new GrantChecks(grantSchema, report);
        GrantHandler handler = (fallbackLabel, node) -> {
            if (!(node instanceof ObjectNode grant)) {
                report.violation(fallbackLabel, "$", "A grant must be a JSON object: rejected");
                report.rejected();
                return;
            }
            JsonNode id = grant.get("id");
            String label = id != null && id.isString() && !id.stringValue().isBlank()
                    ? id.stringValue().replaceAll("\\s+", "") : fallbackLabel;
            normaliser.normalise(label, grant);
            checks.check(label, grant).ifPresent(accepted);
        };
        switch (format) {
            case InputFiles.JSON -> json(file, fileName, handler);
            case InputFiles.XLSX -> sheet(fileName, handler, rows -> SheetRows.xlsx(file, fileName, rows));
            default -> sheet(fileName, handler, rows -> SheetRows.csv(file, fileName, rows));
        }
    }

    private interface GrantHandler {
        void grant(String fallbackLabel, JsonNode grant);
    }

    private void json(Path file, String fileName, GrantHandler handler) {
        boolean sawGrants = false;
        try (BufferedReader reader = InputFiles.open(file, fileName); JsonParser parser = json.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                grants(parser, handler);
                sawGrants = true;
            } else if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("grants".equals(name) && value == JsonToken.START_ARRAY) {
                        grants(parser, handler);
                        sawGrants = true;
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                throw new UnreadableFile(fileName + " is not a 360Giving JSON package (it does not start with { or [).");
            }
            if (parser.nextToken() != null) {
                throw new UnreadableFile(fileName + " has more after the end of its JSON.");
            }
        } catch (JacksonException e) {
            throw new UnreadableFile(fileName + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
        if (!sawGrants) {
            throw new UnreadableFile(fileName + " has no grants array, so it is not a 360Giving package.");
        }
    }

    private void grants(JsonParser parser, GrantHandler handler) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode grant = json.readTree(parser);
            index++;
            handler.grant("grant " + index, grant);
        }
    }

    private interface Rows {
        void read(SheetRows.RowHandler rows);
    }

    private static void sheet(String fileName, GrantHandler handler, Rows rows) {
        Unflatten[] header = new Unflatten[1];
        rows.read((line, cells) -> {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (header[0] == null) {
                header[0] = new Unflatten(cells);
                if (!header[0].knows("id") && !header[0].knows("amountAwarded")) {
                    throw new UnreadableFile(fileName + " has no 360Giving column titles (such as Identifier and"
                            + " Amount Awarded) in its first row.");
                }
                return;
            }
            handler.grant("row " + line, header[0].grant(cells));
        });
        if (header[0] == null) {
            throw new UnreadableFile(fileName + " has no rows.");
        }
    }

}

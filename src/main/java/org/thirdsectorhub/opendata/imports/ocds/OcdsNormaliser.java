package org.thirdsectorhub.opendata.imports.ocds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a release's obvious variants as OCDS wants them, recording each change: nulls dropped, strings
 * trimmed, a tag given as a string made a list, dates without a time zone given one, amounts written with
 * currency signs or commas made numbers.
 */
final class OcdsNormaliser {

    private final ReportBuilder report;

    OcdsNormaliser(ReportBuilder report) {
        this.report = report;
    }

    void normalise(String record, ObjectNode release) {
        clean(record, release, "$");
        JsonNode tag = release.get("tag");
        if (tag != null && tag.isString()) {
            release.putArray("tag").add(tag.stringValue());
            report.corrected(record, "$.tag", tag.stringValue(), "[\"" + tag.stringValue() + "\"]");
        }
        dateTime(record, release, "$", "date");
        JsonNode awards = release.get("awards");
        if (awards instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof ObjectNode award) {
                    String path = "$.awards[" + i + "]";
                    dateTime(record, award, path, "date");
                    if (award.get("value") instanceof ObjectNode value) {
                        JsonNode amount = value.get("amount");
                        if (amount != null && amount.isString()) {
                            Values.amount(amount.stringValue()).ifPresent(number -> {
                                value.put("amount", number);
                                report.corrected(record, path + ".value.amount", amount.stringValue(), number.toPlainString());
                            });
                        }
                    }
                }
            }
        }
    }

    private void dateTime(String record, ObjectNode node, String path, String property) {
        JsonNode value = node.get(property);
        if (value == null || !value.isString()) {
            return;
        }
        try {
            OffsetDateTime.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            Values.isoDateTime(value.stringValue()).ifPresent(fixed -> {
                node.put(property, fixed);
                report.corrected(record, path + "." + property, value.stringValue(), fixed);
            });
        }
    }

    private void clean(String record, JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : new ArrayList<>(object.properties())) {
                String at = path + "." + property.getKey();
                JsonNode value = property.getValue();
                if (value.isNull()) {
                    object.remove(property.getKey());
                    report.corrected(record, at, "null", "(left out)");
                } else if (value.isString() && !value.stringValue().strip().equals(value.stringValue())) {
                    String stripped = value.stringValue().strip();
                    object.put(property.getKey(), stripped);
                    report.corrected(record, at, value.stringValue(), stripped);
                } else {
                    clean(record, value, at);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                clean(record, array.get(i), path + "[" + i + "]");
            }
        }
    }
}

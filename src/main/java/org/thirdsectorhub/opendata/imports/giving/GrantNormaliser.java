package org.thirdsectorhub.opendata.imports.giving;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a grant's obvious variants the way the 360Giving standard wants them, recording each change with
 * the record and field: nulls and empty values dropped, strings trimmed, identifiers without spaces or line
 * breaks, amounts without currency signs or commas, dates as ISO dates, yes or no as Yes or No.
 */
final class GrantNormaliser {

    private static final List<String> AMOUNTS = List.of("amountAwarded", "amountAppliedFor", "amountDisbursed");
    private static final List<String> ORGANISATIONS = List.of("recipientOrganization", "fundingOrganization");
    private static final List<String> EVENTS = List.of("plannedDates", "actualDates");

    private final ReportBuilder report;

    GrantNormaliser(ReportBuilder report) {
        this.report = report;
    }

    void normalise(String record, ObjectNode grant) {
        clean(record, grant, "$");
        text(record, grant, "$", "id", Values::identifier);
        if (grant.get("title") != null && grant.get("title").isNumber()) {
            String title = grant.get("title").asString();
            grant.put("title", title);
            report.corrected(record, "$.title", title, "\"" + title + "\"");
        }
        for (String amount : AMOUNTS) {
            JsonNode value = grant.get(amount);
            if (value != null && value.isString()) {
                Values.amount(value.stringValue()).ifPresent(number -> {
                    grant.put(amount, number);
                    report.corrected(record, "$." + amount, value.stringValue(), number.toPlainString());
                });
            }
        }
        text(record, grant, "$", "currency", currency -> currency.equals("\u00a3") ? "GBP"
                : currency.matches("(?i)[a-z]{3}") ? currency.toUpperCase(Locale.ROOT) : currency);
        date(record, grant, "$", "awardDate");
        dateTime(record, grant, "$", "dateModified");
        JsonNode openCall = grant.get("fromOpenCall");
        if (openCall != null && openCall.isBoolean()) {
            String answer = openCall.booleanValue() ? "Yes" : "No";
            grant.put("fromOpenCall", answer);
            report.corrected(record, "$.fromOpenCall", openCall.toString(), answer);
        } else {
            text(record, grant, "$", "fromOpenCall", answer -> Values.yesNo(answer).orElse(answer));
        }
        for (String list : ORGANISATIONS) {
            eachObject(grant, list, (path, organisation) -> {
                text(record, organisation, path, "id", Values::identifier);
                text(record, organisation, path, "charityNumber", Values::identifier);
                text(record, organisation, path, "companyNumber", Values::identifier);
            });
        }
        for (String list : EVENTS) {
            eachObject(grant, list, (path, event) -> {
                date(record, event, path, "startDate");
                date(record, event, path, "endDate");
                JsonNode duration = event.get("duration");
                if (duration != null && duration.isString()) {
                    String digits = duration.stringValue().replaceFirst("(?i)\\s*months?$", "").strip();
                    if (digits.matches("[0-9]+(\\.[0-9]+)?")) {
                        event.put("duration", new java.math.BigDecimal(digits));
                        report.corrected(record, path + ".duration", duration.stringValue(), digits);
                    }
                }
            });
        }
    }

    /** Drops nulls and empty strings and trims the rest, all the way down. */
    private void clean(String record, JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : new ArrayList<>(object.properties())) {
                String at = path + "." + property.getKey();
                JsonNode value = property.getValue();
                if (value.isNull()) {
                    object.remove(property.getKey());
                    report.corrected(record, at, "null", "(left out)");
                } else if (value.isString()) {
                    String stripped = value.stringValue().strip();
                    if (stripped.isEmpty()) {
                        object.remove(property.getKey());
                        report.corrected(record, at, "\"" + value.stringValue() + "\"", "(left out)");
                    } else if (!stripped.equals(value.stringValue())) {
                        object.put(property.getKey(), stripped);
                        report.corrected(record, at, value.stringValue(), stripped);
                    }
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

    private void text(String record, ObjectNode node, String path, String property, Function<String, String> fix) {
        JsonNode value = node.get(property);
        if (value != null && value.isString()) {
            String fixed = fix.apply(value.stringValue());
            if (!fixed.equals(value.stringValue())) {
                node.put(property, fixed);
                report.corrected(record, path + "." + property, value.stringValue(), fixed);
            }
        }
    }

    private void date(String record, ObjectNode node, String path, String property) {
        text(record, node, path, property, value -> isDateTime(value) ? value : Values.isoDate(value).orElse(value));
    }

    private void dateTime(String record, ObjectNode node, String path, String property) {
        text(record, node, path, property, value -> isDateTime(value) ? value : Values.isoDateTime(value).orElse(value));
    }

    private static boolean isDateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private interface ObjectVisitor {
        void visit(String path, ObjectNode object);
    }

    private static void eachObject(ObjectNode grant, String list, ObjectVisitor visitor) {
        JsonNode items = grant.get(list);
        if (items instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof ObjectNode object) {
                    visitor.visit("$." + list + "[" + i + "]", object);
                }
            }
        }
    }

}

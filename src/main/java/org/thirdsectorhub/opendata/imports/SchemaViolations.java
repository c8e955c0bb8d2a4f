package org.thirdsectorhub.opendata.imports;

import com.networknt.schema.Error;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record's schema errors as violations: one per field (the field as a JSON path such as
 * {@code $.recipientOrganization[0].url}), the most specific message first, long code lists cut short.
 */
public final class SchemaViolations {

    private static final int LONGEST = 200;

    private SchemaViolations() {}

    /**
     * @param alreadyReported fields the caller reported itself (the required data)
     * @param ignoredRequired properties whose absence the caller judges itself (alternatives the schema's oneOf offers)
     */
    public static void report(ReportBuilder report, String record, List<Error> errors, Set<String> alreadyReported,
            Set<String> ignoredRequired) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Error error : errors) {
            String field = jsonPath(error.getInstanceLocation().toString());
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                if (ignoredRequired.contains(error.getProperty())) {
                    continue;
                }
                field = field + "." + error.getProperty();
            }
            if (alreadyReported.contains(field)) {
                continue;
            }
            String message = error.getMessage();
            if (message.length() > LONGEST) {
                message = message.substring(0, LONGEST) + "\u2026";
            }
            if ("oneOf".equals(error.getKeyword())) {
                byField.putIfAbsent(field, message);
            } else if (!byField.containsKey(field) || byField.get(field).contains("one and only one")) {
                byField.put(field, message);
            }
        }
        byField.entrySet().stream().filter(e -> !(e.getKey().equals("$") && e.getValue().contains("one and only one")))
                .forEach(e -> report.violation(record, e.getKey(), e.getValue()));
    }

    /** {@code /recipientOrganization/0/url} as {@code $.recipientOrganization[0].url}. */
    static String jsonPath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/") || pointer.equals("$")) {
            return "$";
        }
        if (pointer.startsWith("$")) {
            return pointer;
        }
        StringBuilder path = new StringBuilder("$");
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("[0-9]+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append('.').append(name);
            }
        }
        return path.toString();
    }
}

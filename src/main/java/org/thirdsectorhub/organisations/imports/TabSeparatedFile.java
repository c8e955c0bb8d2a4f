package org.thirdsectorhub.organisations.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one table of the Charity Commission register extract row by row: tab-separated, a header row,
 * no quoting, CRLF (or LF) line endings, an empty field is null. Never holds more than one row.
 */
final class TabSeparatedFile {

    private TabSeparatedFile() {}

    interface RowHandler {
        void row(Row row);
    }

    /** One row: its line number in the file and its fields by column name. */
    static final class Row {
        private final Map<String, Integer> columns;
        private final String[] fields;
        private final long line;

        Row(Map<String, Integer> columns, String[] fields, long line) {
            this.columns = columns;
            this.fields = fields;
            this.line = line;
        }

        long line() {
            return line;
        }

        int size() {
            return fields.length;
        }

        /** The field, or null when empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.length) {
                return null;
            }
            String value = fields[index];
            return value.isEmpty() ? null : value;
        }
    }

    /** Reads the file; {@code required} columns must all be in the header or the file is refused. */
    static void read(Path file, String label, List<String> required, ImportProgress progress, RowHandler handler) {
        TextDecoding.Decoded decoded = TextDecoding.open(file, label);
        long line = 1;
        try (BufferedReader reader = decoded.reader()) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportRefused(label + " is empty: it has no header row.");
            }
            String[] names = split(header, -1);
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                columns.put(names[i].strip(), i);
            }
            List<String> missing = required.stream().filter(column -> !columns.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(label + " is not a Charity Commission register table: its header has no "
                        + String.join(", ", missing) + " column" + (missing.size() > 1 ? "s" : "") + ".");
            }
            int width = names.length;
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                String[] fields = split(text, width);
                long first = line;
                // A line break inside a field (charity_activities has some) continues the row on the next line.
                while (fields.length < width) {
                    reader.mark(1 << 15);
                    String next = reader.readLine();
                    if (next == null) {
                        break;
                    }
                    String[] joined = split(text + "\n" + next, width);
                    if (joined.length > width) {
                        reader.reset();
                        break;
                    }
                    line++;
                    text = text + "\n" + next;
                    fields = joined;
                }
                if (fields.length != width) {
                    progress.problem(new ImportProblem(label, first, "has " + fields.length + " fields, the header has "
                            + width));
                    continue;
                }
                handler.row(new Row(columns, fields, first));
            }
        } catch (CharacterCodingException e) {
            throw new ImportRefused(TextDecoding.badEncoding(label, line + 1, e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] split(String text, int expected) {
        List<String> fields = new ArrayList<>(expected > 0 ? expected : 16);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\t') {
                fields.add(text.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(text.substring(start));
        return fields.toArray(String[]::new);
    }
}

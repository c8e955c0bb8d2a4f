package org.thirdsectorhub.organisations.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
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

    /**
     * One row: its line number in the file and its fields by column name. A field becomes a String only when
     * asked for: the main table has about thirty columns, of which an import reads half.
     */
    static final class Row {
        private final Map<String, Integer> columns;
        private final Fields fields;
        private final long line;

        Row(Map<String, Integer> columns, Fields fields, long line) {
            this.columns = columns;
            this.fields = fields;
            this.line = line;
        }

        long line() {
            return line;
        }

        int size() {
            return fields.count;
        }

        /** The field, or null when empty. */
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.count) {
                return null;
            }
            int start = fields.starts[index];
            int end = index + 1 < fields.count ? fields.starts[index + 1] - 1 : fields.text.length();
            return start == end ? null : fields.text.substring(start, end);
        }
    }

    /** Where each field of a line starts: after the line's start, after each tab. */
    record Fields(String text, int[] starts, int count) {}

    /** Reads the file; {@code required} columns must all be in the header or the file is refused. */
    static void read(Path file, String label, List<String> required, ImportProgress progress, RowHandler handler) {
        TextDecoding.Decoded decoded = TextDecoding.open(file, label);
        long line = 1;
        try (BufferedReader reader = decoded.reader()) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportRefused(label + " is empty: it has no header row.");
            }
            String[] names = header.split("\t", -1);
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
                Fields fields = split(text, width);
                long first = line;
                // A line break inside a field (charity_activities has some) continues the row on the next line.
                while (fields.count() < width) {
                    reader.mark(1 << 15);
                    String next = reader.readLine();
                    if (next == null) {
                        break;
                    }
                    Fields joined = split(text + "\n" + next, width);
                    if (joined.count() > width) {
                        reader.reset();
                        break;
                    }
                    line++;
                    text = text + "\n" + next;
                    fields = joined;
                }
                if (fields.count() != width) {
                    progress.problem(new ImportProblem(label, first, "has " + fields.count() + " fields, the header has "
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

    private static Fields split(String text, int expected) {
        int[] starts = new int[Math.max(expected, 1) + 1];
        int count = 1;
        for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count++] = tab + 1;
        }
        return new Fields(text, starts, count);
    }
}

package org.thirdsectorhub.opendata.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.thirdsectorhub.shared.text.TextEncodings;


/**
 * Opens other publishers' files as the register imports do ({@link TextEncodings}), and tells JSON, CSV and
 * XLSX apart by their first bytes, whatever the file is called.
 */
public final class InputFiles {

    public static final String JSON = "JSON";
    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    private InputFiles() {}

    /** JSON, XLSX or CSV, from the content; the file name decides only when the content cannot. */
    public static String formatOf(Path file, String fileName) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFile("There is no file at " + file + ".");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new UnreadableFile(fileName + " is empty.");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String text = new String(head, 0, head.length, TextEncodings.sniff(head, true).charset()).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("{") || text.startsWith("[") || lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            throw new UnreadableFile(fileName + " is not an XLSX spreadsheet (save it from Excel as .xlsx).");
        }
        if (TextEncodings.looksBinary(head)) {
            throw new UnreadableFile(fileName + " is not JSON, CSV or XLSX (it looks like binary data).");
        }
        return CSV;
    }

    /** A reader positioned after any byte order mark. */
    public static BufferedReader open(Path file, String fileName) {
        try {
            return TextEncodings.open(file).reader();
        } catch (IOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
    }
}

package org.thirdsectorhub.opendata.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens other publishers' files as the register imports do: a byte order mark means UTF-8 or UTF-16;
 * otherwise strict UTF-8 when the first 64 KB decode as UTF-8, else Windows-1252 (what Excel on Windows
 * writes). Also tells JSON, CSV and XLSX apart by their first bytes, whatever the file is called.
 */
public final class InputFiles {

    public static final String JSON = "JSON";
    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    static final int SNIFF = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        String text = new String(head, 0, head.length, charsetOf(head, true).charset()).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("{") || text.startsWith("[") || lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            throw new UnreadableFile(fileName + " is not an XLSX spreadsheet (save it from Excel as .xlsx).");
        }
        if (looksBinary(head)) {
            throw new UnreadableFile(fileName + " is not JSON, CSV or XLSX (it looks like binary data).");
        }
        return CSV;
    }

    /** A reader positioned after any byte order mark. */
    public static BufferedReader open(Path file, String fileName) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF + 16);
            in.mark(SNIFF + 8);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Detected detected = charsetOf(head, head.length < SNIFF);
            in.skipNBytes(detected.skip());
            CodingErrorAction action = detected.charset().equals(WINDOWS_1252) ? CodingErrorAction.REPLACE
                    : CodingErrorAction.REPORT;
            CharsetDecoder decoder = detected.charset().newDecoder().onMalformedInput(action)
                    .onUnmappableCharacter(action);
            return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        } catch (IOException e) {
            throw new UnreadableFile(fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    private record Detected(Charset charset, int skip) {}

    private static Detected charsetOf(byte[] head, boolean wholeFile) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isUtf8(head, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 20 > head.length;
    }

    /** Strict UTF-8, except that a character cut off by the end of the sample is not held against it. */
    private static boolean isUtf8(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CoderResult result = decoder.decode(bytes, CharBuffer.allocate(head.length + 1), true);
        if (!result.isError()) {
            return true;
        }
        return !wholeFile && result.isMalformed() && bytes.position() >= head.length - 3;
    }
}

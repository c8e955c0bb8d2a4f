package org.thirdsectorhub.organisations.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file whatever its encoding: a byte order mark means UTF-8 (or UTF-16); otherwise the
 * first 64 KB are decoded as strict UTF-8 and, if that fails, the file is read as Windows-1252 (what
 * Excel on Windows writes). Binary files are refused. A UTF-8 file with a bad byte further on fails
 * when that byte is read, rather than being read wrongly.
 */
public final class TextDecoding {

    static final int SNIFF = 64 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /** A reader positioned after any byte order mark, and the encoding it decodes. */
    public record Decoded(BufferedReader reader, Charset charset) {}

    public static Decoded open(Path file, String label) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF + 16);
            in.mark(SNIFF + 8);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Charset charset;
            int skip = 0;
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else {
                if (looksBinary(head)) {
                    in.close();
                    throw new ImportRefused(label + " is not a text file (it looks like binary data)."
                            + " Upload the file as CSV, tab-separated text, XLSX or a ZIP of the register extract.");
                }
                charset = isUtf8(head, head.length < SNIFF) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
            in.skipNBytes(skip);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            if (charset.equals(WINDOWS_1252)) {
                // Five bytes have no Windows-1252 character; Excel never writes them, so replace rather than fail.
                decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
            }
            return new Decoded(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** NUL bytes, or many control characters, do not occur in CSV or tab-separated text. */
    static boolean looksBinary(byte[] head) {
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
        return head.length > 0 && control * 20 > head.length;
    }

    /** Strict UTF-8, except that a character cut off by the end of the sample is not held against it. */
    static boolean isUtf8(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CharBuffer chars = CharBuffer.allocate(head.length + 1);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            return true;
        }
        // A malformed sequence within the last three bytes of a partial sample may be a cut character.
        return !wholeFile && result.isMalformed() && bytes.position() >= head.length - 3;
    }

    /** The message for a bad byte found after the sample, when the file said it was UTF-8. */
    static String badEncoding(String label, long line, CharacterCodingException e) {
        return label + " is not valid UTF-8 at line " + line + " (" + e.getMessage()
                + "); save it as UTF-8 and try again. Nothing was imported.";
    }
}

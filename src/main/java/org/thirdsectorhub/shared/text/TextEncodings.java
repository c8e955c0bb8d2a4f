package org.thirdsectorhub.shared.text;

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

/**
 * How the hub reads text files people upload, whatever their encoding: a byte order mark means UTF-8 (or
 * UTF-16); otherwise the first 64 KB are decoded as strict UTF-8 and, if that fails, the file is read as
 * Windows-1252 (what Excel on Windows writes). A UTF-8 file with a bad byte further on fails when that byte
 * is read, rather than being read wrongly.
 */
public final class TextEncodings {

    public static final int SNIFF = 64 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncodings() {}

    /** A reader positioned after any byte order mark; {@code binary} when the file does not look like text. */
    public record Opened(BufferedReader reader, Charset charset, boolean binary) {}

    /** The encoding the sample says, and the length of its byte order mark. */
    public record Sniffed(Charset charset, int bomLength) {}

    public static Opened open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF + 16);
        in.mark(SNIFF + 8);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        Sniffed sniffed = sniff(head, head.length < SNIFF);
        in.skipNBytes(sniffed.bomLength());
        // Five bytes have no Windows-1252 character; Excel never writes them, so replace rather than fail.
        CodingErrorAction action = sniffed.charset().equals(WINDOWS_1252) ? CodingErrorAction.REPLACE
                : CodingErrorAction.REPORT;
        CharsetDecoder decoder = sniffed.charset().newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        return new Opened(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), sniffed.charset(),
                sniffed.bomLength() == 0 && looksBinary(head));
    }

    public static Sniffed sniff(byte[] head, boolean wholeFile) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        return new Sniffed(isUtf8(head, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** NUL bytes, or many control characters, do not occur in CSV, JSON or tab-separated text. */
    public static boolean looksBinary(byte[] head) {
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
    public static boolean isUtf8(byte[] head, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CoderResult result = decoder.decode(bytes, CharBuffer.allocate(head.length + 1), true);
        if (!result.isError()) {
            return true;
        }
        // A malformed sequence within the last three bytes of a partial sample may be a cut character.
        return !wholeFile && result.isMalformed() && bytes.position() >= head.length - 3;
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
}

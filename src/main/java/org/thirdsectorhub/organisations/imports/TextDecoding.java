package org.thirdsectorhub.organisations.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.thirdsectorhub.shared.text.TextEncodings;


/** Opens a register file whatever its encoding ({@link TextEncodings}); binary files are refused. */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = TextEncodings.WINDOWS_1252;

    private TextDecoding() {}

    /** A reader positioned after any byte order mark, and the encoding it decodes. */
    public record Decoded(BufferedReader reader, Charset charset) {}

    public static Decoded open(Path file, String label) {
        try {
            TextEncodings.Opened opened = TextEncodings.open(file);
            if (opened.binary()) {
                opened.reader().close();
                throw new ImportRefused(label + " is not a text file (it looks like binary data)."
                        + " Upload the file as CSV, tab-separated text, XLSX or a ZIP of the register extract.");
            }
            return new Decoded(opened.reader(), opened.charset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message for a bad byte found after the sample, when the file said it was UTF-8. */
    static String badEncoding(String label, long line, CharacterCodingException e) {
        return label + " is not valid UTF-8 at line " + line + " (" + e.getMessage()
                + "); save it as UTF-8 and try again. Nothing was imported.";
    }
}

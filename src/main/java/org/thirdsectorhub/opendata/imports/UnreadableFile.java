package org.thirdsectorhub.opendata.imports;

/** The file as a whole cannot be read (not JSON, not a spreadsheet, broken part-way): nothing is imported. */
public class UnreadableFile extends RuntimeException {

    public UnreadableFile(String message) {
        super(message);
    }

    public UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}

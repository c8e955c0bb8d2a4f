package org.thirdsectorhub.organisations.imports;

/** The file cannot be read at all (not text, wrong format, required columns missing): nothing is imported. */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }

    public ImportRefused(String message, Throwable cause) {
        super(message, cause);
    }
}

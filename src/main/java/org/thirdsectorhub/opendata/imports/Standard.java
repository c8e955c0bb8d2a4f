package org.thirdsectorhub.opendata.imports;

import java.util.Locale;
import java.util.Optional;

/** The open data standards the hub imports other publishers' files in. */
public enum Standard {
    THREESIXTY_GIVING("360giving", "360GIVING"),
    OCDS("ocds", "OCDS");

    private final String word;
    private final String column;

    Standard(String word, String column) {
        this.word = word;
        this.column = column;
    }

    /** The word used on the command line and in forms. */
    public String word() {
        return word;
    }

    /** The value stored in import_run.standard. */
    public String column() {
        return column;
    }

    public String messageKey() {
        return "opendata.import.standard." + word;
    }

    public static Optional<Standard> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String lower = word.strip().toLowerCase(Locale.ROOT);
        for (Standard standard : values()) {
            if (standard.word.equals(lower)) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    public static Standard ofColumn(String column) {
        for (Standard standard : values()) {
            if (standard.column.equals(column)) {
                return standard;
            }
        }
        throw new IllegalArgumentException(column);
    }
}

package org.thirdsectorhub.organisations.imports;

import java.util.Arrays;
import java.util.Optional;

/** The files the register imports, each with the source its organisations are recorded as coming from. */
public enum ImportKind {
    CHARITY_COMMISSION("charity-commission", "CHARITY_COMMISSION"),
    COMPANIES_HOUSE("companies-house", "COMPANIES_HOUSE"),
    ORGANISATIONS("organisations", "SPREADSHEET");

    private final String word;
    private final String source;

    ImportKind(String word, String source) {
        this.word = word;
        this.source = source;
    }

    /** The word on the command line and in the upload form, e.g. "charity-commission". */
    public String word() {
        return word;
    }

    /** The value of organisation.source for organisations this import adds. */
    public String source() {
        return source;
    }

    public String messageKey() {
        return "imports.kind." + name();
    }

    public static Optional<ImportKind> ofWord(String word) {
        return Arrays.stream(values()).filter(kind -> kind.word.equalsIgnoreCase(word)).findFirst();
    }
}

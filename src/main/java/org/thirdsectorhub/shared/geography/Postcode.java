package org.thirdsectorhub.shared.geography;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its standard written form ("MK9 3HS"), validated against the Royal Mail format. */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile(
            "^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][A-Z]{2}$");

    public Postcode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a UK postcode: " + value);
        }
    }

    /** Reads a postcode as people type it (any case, any spacing); empty when it is not one. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(spaced).matches() ? Optional.of(new Postcode(spaced)) : Optional.empty();
    }

    /** The outward code, e.g. "MK9". */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}

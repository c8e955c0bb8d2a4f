package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Charity Commission's areas of operation ("Milton Keynes", "Throughout England") and their ONS GSS
 * codes (E06000042, E92000001), from the lookup published by drkane/charity-lookups.
 */
final class AreasOfOperation {

    private final Map<String, String> gssByName;

    private AreasOfOperation(Map<String, String> gssByName) {
        this.gssByName = gssByName;
    }

    static AreasOfOperation load() {
        Map<String, String> codes = new HashMap<>();
        try (Reader reader = new InputStreamReader(AreasOfOperation.class.getResourceAsStream(
                "/organisations/imports/cc-aoo-gss-iso.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String gss = record.get("GSS");
                if (!gss.isBlank()) {
                    // Local authorities (type B) win over a country or continent of the same name.
                    String key = key(record.get("aooname"));
                    if (!codes.containsKey(key) || record.get("aootype").equals("B")) {
                        codes.put(key, gss.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AreasOfOperation(codes);
    }

    /** The GSS code of an area of operation as the extract names it, e.g. "Milton Keynes". */
    Optional<String> gss(String description) {
        return description == null ? Optional.empty() : Optional.ofNullable(gssByName.get(key(description)));
    }

    private static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace('&', ' ').replaceAll("\\bAND\\b", " ")
                .replaceAll("[^A-Z0-9]+", " ").strip();
    }
}

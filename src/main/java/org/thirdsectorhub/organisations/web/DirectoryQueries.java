package org.thirdsectorhub.organisations.web;

import java.util.Map;
import org.thirdsectorhub.organisations.directory.DirectoryQuery;

/** Reads a directory query from request parameters, shrugging off junk rather than failing. */
final class DirectoryQueries {

    private DirectoryQueries() {}

    static DirectoryQuery from(Map<String, String> params, int defaultSize) {
        return new DirectoryQuery(params.get("q"), params.get("kind"), params.get("legalForm"), params.get("purpose"),
                params.get("beneficiary"), params.get("ward"), params.get("incomeBand"), params.get("qualityMark"),
                DirectoryQuery.Sort.parse(params.get("sort")), number(params.get("page"), 1),
                number(params.get("size"), defaultSize));
    }

    static int number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

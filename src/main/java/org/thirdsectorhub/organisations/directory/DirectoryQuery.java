package org.thirdsectorhub.organisations.directory;

import java.util.Locale;

/**
 * A search of the directory. Blank filters mean "any"; {@code q} may be words, a name (misspellings
 * tolerated), a registration number or org-id, or a postcode or its outward part.
 */
public record DirectoryQuery(String q, String kind, String legalForm, String purpose, String beneficiary, String ward,
        String incomeBand, String qualityMark, Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 200;

    public DirectoryQuery {
        q = clean(q);
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        kind = clean(kind);
        legalForm = clean(legalForm);
        purpose = clean(purpose);
        beneficiary = clean(beneficiary);
        ward = clean(ward);
        incomeBand = clean(incomeBand);
        qualityMark = clean(qualityMark);
        sort = sort == null ? (q.isEmpty() ? Sort.NAME : Sort.RELEVANCE) : sort;
        page = Math.max(page, 1);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    public long offset() {
        return (page - 1L) * size;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    public enum Sort {
        RELEVANCE, NAME, NEWEST;

        public static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}

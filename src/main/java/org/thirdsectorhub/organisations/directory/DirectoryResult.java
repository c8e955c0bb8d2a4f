package org.thirdsectorhub.organisations.directory;

import java.util.List;
import java.util.Map;

/** A page of results, the total, and the counts per facet value among all matches. */
public record DirectoryResult(List<DirectoryEntry> items, long total, int page, int size,
        Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, String label, long count) {}
}

package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public directory's search, answered from the {@link DirectoryIndex}: full text with names weighted
 * above descriptions, then names close to the words typed when the words as written find nothing, exact
 * registration numbers and postcodes, exact totals and facet counts over every match.
 */
@Service
public class DirectorySearch {

    private static final SortField BY_NAME = DirectoryDocuments.BY_NAME;
    private static final SortField BY_ID = DirectoryDocuments.BY_ID;

    private final DirectoryIndex index;
    private final JdbcClient jdbc;
    private final ShortLived<Map<String, String>> labels = new ShortLived<>(Duration.ofMinutes(5));
    private final FacetCounting facetCounting = new FacetCounting();
    private final RecentResults recent;
    private volatile Counted<Map<String, List<DirectoryResult.FacetCount>>> everyFacet;

    DirectorySearch(DirectoryIndex index, JdbcClient jdbc,
            @Value("${hub.directory-index.recent-results:1000}") int recentResults) {
        this.index = index;
        this.jdbc = jdbc;
        this.recent = new RecentResults(recentResults);
    }

    public DirectoryResult search(DirectoryQuery query, boolean withFacets) {
        return index.search(searcher -> {
            DirectoryResult kept = recent.get(searcher.getIndexReader(), query, withFacets);
            if (kept != null) {
                return kept;
            }
            DirectoryResult result = answer(searcher, query, withFacets);
            recent.put(searcher.getIndexReader(), query, withFacets, result);
            return result;
        });
    }

    /** Whether the directory is still taking in a large change, such as an import; searches meanwhile miss some of it. */
    public boolean updating() {
        return index.updating();
    }

    /**
     * The ids of the organisations whose names or descriptions match {@code text} (misspelt names
     * tolerated, as in the directory), in name order, {@code limit} from {@code offset}; and how many match.
     */
    public NameOrderedMatches matchingIds(String text, long offset, int limit) {
        return index.search(searcher -> {
            DirectoryQuery query = new DirectoryQuery(text, null, null, null, null, null, null, null,
                    DirectoryQuery.Sort.NAME, 1, 1);
            DirectoryQueries.Matching matching = DirectoryQueries.asWritten(query);
            int wanted = (int) Math.max(1, Math.min(offset + limit, searcher.getIndexReader().maxDoc()));
            Sort byName = sort(query);
            TopDocs docs = searcher.search(matching.query(), new TopFieldCollectorManager(byName, wanted, null,
                    Integer.MAX_VALUE, true));
            if (docs.totalHits.value == 0 && matching.words()) {
                docs = searcher.search(DirectoryQueries.misspelt(query), new TopFieldCollectorManager(byName, wanted,
                        null, Integer.MAX_VALUE, true));
            }
            List<UUID> ids = new ArrayList<>();
            for (long i = offset; i < docs.scoreDocs.length; i++) {
                ids.add(UUID.fromString(searcher.storedFields().document(docs.scoreDocs[(int) i].doc,
                        java.util.Set.of(DirectoryDocuments.ID)).get(DirectoryDocuments.ID)));
            }
            return new NameOrderedMatches(List.copyOf(ids), docs.totalHits.value);
        });
    }

    /** A page of matching organisations' ids, and how many match in all. */
    public record NameOrderedMatches(List<UUID> ids, long total) {}

    private DirectoryResult answer(IndexSearcher searcher, DirectoryQuery query, boolean withFacets) throws IOException {
        DirectoryQueries.Matching matching = DirectoryQueries.asWritten(query);
        Found found = find(searcher, matching.query(), matching.everyOne(), query, withFacets);
        if (found.total() == 0 && matching.words()) {
            // Nothing matched the words as written: try names close to them instead.
            found = find(searcher, DirectoryQueries.misspelt(query), false, query, withFacets);
        }
        return new DirectoryResult(List.copyOf(found.items()), found.total(), query.page(), query.size(), found.facets());
    }

    private Found find(IndexSearcher searcher, Query lucene, boolean everything, DirectoryQuery query, boolean withFacets)
            throws IOException {
        // Never more than the index holds: a page number far past the end must not size the queue.
        int wanted = (int) Math.max(1, Math.min(query.offset() + query.size(), searcher.getIndexReader().maxDoc()));
        // The whole directory in name order is the index's own order: the first page is read without visiting
        // the rest, and the total is simply how many the index holds.
        boolean inIndexOrder = everything && query.sort() == DirectoryQuery.Sort.NAME;
        CollectorManager<? extends Collector, ? extends TopDocs> top = query.sort() == DirectoryQuery.Sort.RELEVANCE
                // Equal scores fall back to the index's order, which is name order: no comparator needed.
                ? new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, true)
                : new TopFieldCollectorManager(sort(query), wanted, null, inIndexOrder ? wanted : Integer.MAX_VALUE, true);
        TopDocs docs;
        Map<String, List<DirectoryResult.FacetCount>> facets = Map.of();
        if (withFacets && !everything) {
            var both = searcher.search(lucene, new MultiCollectorManager(top, facetCounting.amongMatches()));
            docs = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) both[1];
            facets = counts(counted);
        } else {
            docs = searcher.search(lucene, top);
            if (withFacets) {
                facets = everyFacet(searcher);
            }
        }
        List<DirectoryEntry> items = new ArrayList<>();
        ScoreDoc[] hits = docs.scoreDocs;
        for (long i = query.offset(); i < hits.length; i++) {
            items.add(entry(searcher.storedFields().document(hits[(int) i].doc)));
        }
        return new Found(items, inIndexOrder ? searcher.getIndexReader().numDocs() : docs.totalHits.value, facets);
    }

    /** The whole directory's counts change only when the index does, so they are counted once per version. */
    private Map<String, List<DirectoryResult.FacetCount>> everyFacet(IndexSearcher searcher) throws IOException {
        Counted<Map<String, List<DirectoryResult.FacetCount>>> held = everyFacet;
        if (held != null && held.reader() == searcher.getIndexReader()) {
            return held.value();
        }
        synchronized (this) {
            held = everyFacet;
            if (held == null || held.reader() != searcher.getIndexReader()) {
                held = new Counted<>(searcher.getIndexReader(),
                        counts(facetCounting.overEveryOne(searcher.getIndexReader())));
                everyFacet = held;
            }
            return held.value();
        }
    }

    private Map<String, List<DirectoryResult.FacetCount>> counts(Map<String, Map<String, Long>> counted) {
        Map<String, String> names = labels.get(this::loadLabels);
        Map<String, List<DirectoryResult.FacetCount>> counts = new LinkedHashMap<>();
        for (String facet : DirectoryDocuments.FACETS) {
            List<DirectoryResult.FacetCount> values = new ArrayList<>();
            counted.getOrDefault(facet, Map.of()).forEach((value, count) ->
                    values.add(new DirectoryResult.FacetCount(value, names.get(facet + ":" + value), count)));
            values.sort(java.util.Comparator.comparingLong(DirectoryResult.FacetCount::count).reversed()
                    .thenComparing(DirectoryResult.FacetCount::value));
            counts.put(facet, List.copyOf(values));
        }
        return Map.copyOf(counts);
    }

    /** Names for the codes a facet counts: wards by name, purposes and beneficiaries by their term. */
    private Map<String, String> loadLabels() {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT code, name FROM organisations.area WHERE kind = 'WARD'")
                .query((rs, n) -> names.put(DirectoryDocuments.WARD + ":" + rs.getString(1), rs.getString(2))).list();
        jdbc.sql("SELECT category, code, name FROM organisations.taxonomy_term WHERE category IN ('theme', 'beneficiaries')")
                .query((rs, n) -> names.put((rs.getString(1).equals("theme") ? DirectoryDocuments.PURPOSE
                        : DirectoryDocuments.BENEFICIARY) + ":" + rs.getString(2), rs.getString(3))).list();
        return Map.copyOf(names);
    }

    private static Sort sort(DirectoryQuery query) {
        return switch (query.sort()) {
            case NAME -> new Sort(BY_NAME, BY_ID);
            case NEWEST -> new Sort(new SortField(DirectoryDocuments.CREATED, SortField.Type.LONG, true), BY_ID);
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_NAME, BY_ID); // find() collects these by score alone
        };
    }

    private static DirectoryEntry entry(Document doc) {
        return new DirectoryEntry(UUID.fromString(doc.get(DirectoryDocuments.ID)), doc.get("name"),
                doc.get(DirectoryDocuments.LEGAL_FORM), doc.get(DirectoryDocuments.KIND),
                Boolean.parseBoolean(doc.get("thirdSector")), doc.get("description"), doc.get("town"),
                doc.get(DirectoryDocuments.POSTCODE), doc.get(DirectoryDocuments.WARD), doc.get("wardName"),
                doc.get(DirectoryDocuments.INCOME_BAND));
    }

    private record Found(List<DirectoryEntry> items, long total, Map<String, List<DirectoryResult.FacetCount>> facets) {}

    private record Counted<T>(IndexReader reader, T value) {}
}

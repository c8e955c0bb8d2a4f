package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts facet values among the matches while they are collected.
 *
 * <p>Each segment's facet values are copied once into plain arrays on the heap (a few bytes per value per
 * organisation) and counted from there: counting from the memory-mapped doc values was most of the cost of
 * a search page on a national register, because every read goes through a bounds-checked buffer on Java 17.
 */
final class FacetCounting {

    /** The one doc-values field holding every facet value, as {@code facet + SEPARATOR + value}. */
    static final String FIELD = "facets";
    static final char SEPARATOR = '\u001f';

    private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

    static BytesRef value(String facet, String value) {
        return new BytesRef(facet + SEPARATOR + value);
    }

    /** Counts among the matches of a search, as a collector to run beside the one that pages. */
    CollectorManager<Collector, Map<String, Map<String, Long>>> amongMatches() {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Counter();
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<Collector> collectors) {
                Map<String, Map<String, Long>> total = new HashMap<>();
                collectors.forEach(collector -> ((Counter) collector).addTo(total));
                return total;
            }
        };
    }

    /** Counts over every organisation in the index. */
    Map<String, Map<String, Long>> overEveryOne(IndexReader reader) throws IOException {
        Counter counter = new Counter();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafCollector collector = counter.getLeafCollector(leaf);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    collector.collect(doc);
                }
            }
        }
        Map<String, Map<String, Long>> total = new HashMap<>();
        counter.addTo(total);
        return total;
    }

    private SegmentValues valuesOf(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return SegmentValues.read(reader);
        }
        SegmentValues values = segments.get(helper.getKey());
        if (values == null) {
            values = SegmentValues.read(reader);
            if (segments.putIfAbsent(helper.getKey(), values) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return values;
    }

    private final class Counter implements Collector {

        private final Map<SegmentValues, int[]> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentValues values = valuesOf(context.reader());
            int[] tally = counts.computeIfAbsent(values, v -> new int[v.names().length]);
            int[] starts = values.starts();
            int[] ordinals = values.ordinals();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) {
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                        tally[ordinals[i]]++;
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void addTo(Map<String, Map<String, Long>> total) {
            counts.forEach((values, tally) -> {
                for (int ordinal = 0; ordinal < tally.length; ordinal++) {
                    if (tally[ordinal] > 0) {
                        total.computeIfAbsent(values.facets()[ordinal], facet -> new HashMap<>())
                                .merge(values.names()[ordinal], (long) tally[ordinal], Long::sum);
                    }
                }
            });
        }
    }

    /** One segment's facet values: for document d, ordinals[starts[d] .. starts[d + 1]). */
    private record SegmentValues(int[] starts, int[] ordinals, String[] facets, String[] names) {

        static SegmentValues read(LeafReader reader) throws IOException {
            int maxDoc = reader.maxDoc();
            SortedSetDocValues values = DocValues.getSortedSet(reader, FIELD);
            int[] starts = new int[maxDoc + 1];
            int[] ordinals = new int[Math.max(16, maxDoc * 4)];
            int used = 0;
            int doc = 0;
            for (int next = values.nextDoc(); next != SortedSetDocValues.NO_MORE_DOCS; next = values.nextDoc()) {
                while (doc <= next) {
                    starts[doc++] = used;
                }
                int count = values.docValueCount();
                if (used + count > ordinals.length) {
                    ordinals = java.util.Arrays.copyOf(ordinals, Math.max(used + count, ordinals.length * 3 / 2));
                }
                for (int i = 0; i < count; i++) {
                    ordinals[used++] = (int) values.nextOrd();
                }
            }
            while (doc <= maxDoc) {
                starts[doc++] = used;
            }
            int distinct = (int) values.getValueCount();
            String[] facets = new String[distinct];
            String[] names = new String[distinct];
            for (int ordinal = 0; ordinal < distinct; ordinal++) {
                String term = values.lookupOrd(ordinal).utf8ToString();
                int separator = term.indexOf(SEPARATOR);
                facets[ordinal] = term.substring(0, separator);
                names[ordinal] = term.substring(separator + 1);
            }
            return new SegmentValues(starts, java.util.Arrays.copyOf(ordinals, used), facets, names);
        }
    }
}

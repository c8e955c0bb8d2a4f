package org.thirdsectorhub.organisations.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The answers to the most recent searches, valid for as long as the index they were read from: any change
 * to the register opens a new reader and so empties it. Like a search server's query result cache, it
 * spares the common searches (the directory's first page, a popular word) being counted again and again.
 */
final class RecentResults {

    private final int capacity;
    private IndexReader reader;
    private final Map<Key, DirectoryResult> results;

    RecentResults(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DirectoryResult> eldest) {
                return size() > RecentResults.this.capacity;
            }
        };
    }

    synchronized DirectoryResult get(IndexReader from, DirectoryQuery query, boolean withFacets) {
        return capacity == 0 || from != reader ? null : results.get(new Key(query, withFacets));
    }

    synchronized void put(IndexReader from, DirectoryQuery query, boolean withFacets, DirectoryResult result) {
        if (capacity == 0) {
            return;
        }
        if (from != reader) {
            results.clear();
            reader = from;
        }
        results.put(new Key(query, withFacets), result);
    }

    private record Key(DirectoryQuery query, boolean withFacets) {}
}

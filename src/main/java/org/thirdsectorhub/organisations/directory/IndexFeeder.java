package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds documents to the index on a thread of its own, so reading the register from the database and
 * analysing its text run side by side on the two cores: building the index of a national register took
 * half as long again when one thread did both.
 */
final class IndexFeeder implements Consumer<Document>, AutoCloseable {

    private static final Document END = new Document();

    private final BlockingQueue<Document> queue = new ArrayBlockingQueue<>(4_096);
    private final Thread indexer;
    private volatile Throwable failure;
    private int added;

    IndexFeeder(IndexWriter writer) {
        indexer = new Thread(() -> {
            try {
                for (Document document = queue.take(); document != END; document = queue.take()) {
                    writer.addDocument(document);
                }
            } catch (Throwable e) {
                failure = e;
                queue.clear();
            }
        }, "directory-index-feeder");
        indexer.setDaemon(true);
        indexer.start();
    }

    @Override
    public void accept(Document document) {
        put(document);
        added++;
    }

    int added() {
        return added;
    }

    /** Waits for every document to be added; throws what went wrong on the indexing thread, if anything did. */
    @Override
    public void close() {
        put(END);
        try {
            indexer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the directory index was being built", e);
        }
        failIfFailed();
    }

    private void put(Document document) {
        try {
            while (!queue.offer(document, 100, TimeUnit.MILLISECONDS)) {
                failIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the directory index was being built", e);
        }
        failIfFailed();
    }

    private void failIfFailed() {
        Throwable failed = failure;
        if (failed instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed != null) {
            throw new IllegalStateException("Indexing failed", failed);
        }
    }
}

package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Lucene index the directory is searched through, kept on disk beside the database and brought up to
 * date from the changes that triggers note for this node on every change to the register ({@link IndexChanges}).
 *
 * <p>A search first applies what changed since the last one, so anyone sees their own change at once; a
 * large backlog (an import) is applied on a background thread while searches keep answering from the index
 * as it was. Each round reads the changed organisations and removes their change rows in one repeatable-read
 * transaction, and commits the index before that transaction commits: a crash in between only means the same
 * changes are applied again. An index the database does not know (none yet, one built from another database,
 * or a node forgotten after a week away) is rebuilt from scratch.
 */
@Component
class DirectoryIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);
    private static final String NODE = "node";
    /** Raised whenever what is indexed changes, so an index written by an older hub is rebuilt. */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "3";
    private static final int BATCH = 5_000;
    private static final int SEARCH_WAIT_SECONDS = 3;

    private final IndexChanges changes;
    private final DirectoryDocuments documents;
    private final TransactionTemplate snapshot;
    private final Path path;
    private final boolean deleteOnClose;
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean opening = new AtomicBoolean();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile IndexFiles files;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile UUID node;
    private volatile RuntimeException failure;

    DirectoryIndex(IndexChanges changes, DirectoryDocuments documents, PlatformTransactionManager transactions,
            @Value("${hub.directory-index.dir}") String path,
            @Value("${hub.database.delete-on-close:false}") boolean deleteOnClose) {
        this.changes = changes;
        this.documents = documents;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.path = Path.of(path).toAbsolutePath().normalize();
        this.deleteOnClose = deleteOnClose;
    }

    /** Opens (or builds) the index once the hub is up, off the start-up path. */
    @EventListener(ApplicationReadyEvent.class)
    void openInBackground() {
        if (opening.compareAndSet(false, true)) {
            background.execute(this::open);
        }
    }

    /** Whether a large batch of changes (an import) is still being applied, so recent changes may not show yet. */
    boolean updating() {
        return draining.get();
    }

    /**
     * Runs the given search on an index holding every change committed before this call, waiting for the
     * index to open if it has not yet. During a large backlog the index may lag behind by that backlog.
     */
    <T> T search(SearchWork<T> work) {
        awaitOpen();
        catchUpIfSmall();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open() {
        try {
            files = IndexFiles.open(path);
            writer = files.writer();
            searchers = files.searchers();
            Map<String, String> committed = files.committed();
            String indexed = committed.get(NODE);
            node = indexed == null ? null : UUID.fromString(indexed);
            if (node == null || !CURRENT_FORMAT.equals(committed.get(FORMAT)) || !changes.known(node)) {
                node = changes.register();
                rebuild();
            }
        } catch (IOException | RuntimeException e) {
            failure = new IllegalStateException("The directory index at " + path + " could not be opened", e);
            log.error("The directory index could not be opened", e);
        } finally {
            opened.countDown();
        }
        drainInBackground();
    }

    private void rebuild() {
        long started = System.nanoTime();
        writing.lock();
        try {
            int count = snapshot.execute(status -> {
                changes.takeAll(node);
                try {
                    writer.deleteAll();
                    IndexFeeder feeder = new IndexFeeder(writer);
                    try (feeder) {
                        documents.everyOne(feeder);
                    }
                    long merging = System.nanoTime();
                    writer.forceMerge(1);
                    log.info("Directory index: {} organisations read and indexed in {} ms, merged in {} ms",
                            feeder.added(), TimeUnit.NANOSECONDS.toMillis(merging - started),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - merging));
                    files.commit(Map.of(NODE, node.toString(), FORMAT, CURRENT_FORMAT));
                    searchers.maybeRefreshBlocking();
                    return feeder.added();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            log.info("Directory index built: {} organisations in {} ms at {}", count,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), path);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Applies a small backlog before a search, even while the background thread drains, so that whoever
     * just changed something sees it; waits for the index at most a few seconds (a rebuild holds it longer),
     * then answers from the index as it is.
     */
    private void catchUpIfSmall() {
        long waiting = changes.waiting(node, BATCH + 1);
        if (waiting == 0) {
            return;
        }
        boolean rebuildAsked = changes.rebuildAsked(node);
        boolean rebuildNow = rebuildAsked && changes.registerAtMost(BATCH);
        if ((waiting > BATCH || rebuildAsked) && !rebuildNow) {
            drainInBackground();
            return;
        }
        try {
            if (writing.tryLock(SEARCH_WAIT_SECONDS, TimeUnit.SECONDS)) {
                try {
                    if (rebuildNow) {
                        rebuild();
                    } else {
                        applyOneBatch();
                    }
                } finally {
                    writing.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainInBackground() {
        if (failure == null && draining.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    int large = Math.max(BATCH, writer.getDocStats().numDocs / 2);
                    if (changes.rebuildAsked(node) || changes.waiting(node, large + 1) > large) {
                        rebuild(); // most of the register changed (a first import): reading it all is quicker
                    }
                    while (applyOneBatch() > 0) {
                        // each round applies up to one batch and commits, so searches see progress
                    }
                } catch (RuntimeException e) {
                    log.error("Applying register changes to the directory index failed; the next search tries again", e);
                } finally {
                    draining.set(false);
                }
            });
        }
    }

    /** Applies up to one batch of changes; answers how many organisations it touched. */
    private int applyOneBatch() {
        writing.lock();
        try {
            Integer applied = snapshot.execute(status -> {
                List<UUID> changed = changes.take(node, BATCH);
                if (changed.isEmpty()) {
                    return 0;
                }
                Set<UUID> distinct = new LinkedHashSet<>(changed);
                try {
                    for (UUID id : distinct) {
                        writer.deleteDocuments(new Term(DirectoryDocuments.ID, id.toString()));
                    }
                    documents.theseOnes(distinct, this::add);
                    files.commit(Map.of());
                    // Refreshed before the change rows go, so a search that finds none waiting sees every change.
                    searchers.maybeRefreshBlocking();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return distinct.size();
            });
            return applied;
        } finally {
            writing.unlock();
        }
    }

    /** Tells the database this node is alive, and forgets the nodes that are not. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void keepNodesCurrent() {
        if (node != null) {
            changes.known(node);
        }
        changes.forgetNodesAway();
    }

    private void add(org.apache.lucene.document.Document document) {
        try {
            writer.addDocument(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitOpen() {
        openInBackground();
        try {
            if (!opened.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The directory index is still opening");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the directory index opened", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void destroy() throws IOException {
        background.shutdownNow();
        writing.lock();
        try {
            if (files != null) {
                files.close();
            }
        } finally {
            writing.unlock();
        }
        if (deleteOnClose && files != null) {
            files.delete();
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}

package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The directory index on disk: its writer, the searchers that read it, and the few values each commit
 * records (which node built it, in which format). One that cannot be read is thrown away and started afresh.
 */
final class IndexFiles implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

    private final Path path;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private IndexFiles(Path path, IndexWriter writer) throws IOException {
        this.path = path;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    static IndexFiles open(Path path) throws IOException {
        Files.createDirectories(path);
        try {
            return new IndexFiles(path, new IndexWriter(FSDirectory.open(path), config()));
        } catch (LockObtainFailedException inUse) {
            throw new IllegalStateException("Another hub on this machine uses the directory index at " + path
                    + "; give each its own HUB_DIRECTORY_INDEX_DIR", inUse);
        } catch (IOException | IllegalArgumentException unreadable) {
            log.warn("The directory index at {} cannot be read ({}); it is built again from the database", path,
                    unreadable.toString());
            FileSystemUtils.deleteRecursively(path);
            Files.createDirectories(path);
            return new IndexFiles(path, new IndexWriter(FSDirectory.open(path), config()));
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(DirectoryAnalysis.analyzer())
                .setIndexSort(DirectoryDocuments.INDEX_ORDER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48);
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Commits what was written, keeping the recorded values and adding or replacing {@code data}. */
    void commit(Map<String, String> data) throws IOException {
        Map<String, String> merged = new HashMap<>(committed());
        merged.putAll(data);
        writer.setLiveCommitData(merged.entrySet());
        writer.commit();
    }

    Map<String, String> committed() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    void delete() {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            log.warn("Could not delete the directory index at {}", path, e);
        }
    }
}

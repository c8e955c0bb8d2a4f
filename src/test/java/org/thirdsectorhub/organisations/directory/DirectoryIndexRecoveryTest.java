package org.thirdsectorhub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class DirectoryIndexRecoveryTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexChanges changes;

    @Autowired
    DirectoryDocuments documents;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temp;

    @Test
    void anIndexThatCannotBeReadIsBuiltAgainFromTheDatabase() throws Exception {
        Path broken = temp.resolve("index");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("segments_2"), "not a Lucene commit point");
        List<UUID> nodesBefore = nodes();
        DirectoryIndex index = new DirectoryIndex(changes, documents, transactions, broken.toString(), true);
        try {
            long shown = jdbc.sql("SELECT count(*) FROM organisations.organisation WHERE deleted_at IS NULL"
                    + " AND merged_into IS NULL AND NOT pending_approval").query(Long.class).single();
            Long indexed = index.search(searcher -> (long) searcher.getIndexReader().numDocs());
            assertThat(indexed).isEqualTo(shown);
        } finally {
            index.destroy();
            nodes().stream().filter(node -> !nodesBefore.contains(node)).forEach(node -> jdbc
                    .sql("DELETE FROM organisations.directory_index_node WHERE id = ?").param(node).update());
        }
    }

    private List<UUID> nodes() {
        return jdbc.sql("SELECT id FROM organisations.directory_index_node").query(UUID.class).list();
    }
}

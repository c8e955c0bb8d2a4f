package org.thirdsectorhub.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class IndexChangesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectorySearch search;

    @Autowired
    IndexChanges changes;

    @Test
    void everyNodeGetsItsOwnChangesAndANodeAwayTooLongIsForgotten() {
        search.search(query(""), false);
        UUID otherNode = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisations.directory_index_node (id) VALUES (?)").param(otherNode).update();
        UUID someone = jdbc.sql("SELECT id FROM organisations.organisation WHERE deleted_at IS NULL AND merged_into IS NULL"
                + " AND NOT pending_approval ORDER BY name LIMIT 1").query(UUID.class).single();
        String name = jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ?").param(someone)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE organisations.organisation SET name = 'Zzyzx Lantern Makers' WHERE id = ?").param(someone).update();

            assertThat(search.search(query("Zzyzx Lantern"), false).items()).extracting(DirectoryEntry::id)
                    .containsExactly(someone);
            assertThat(waitingFor(otherNode)).isEqualTo(1);

            jdbc.sql("UPDATE organisations.directory_index_node SET seen_at = now() - interval '8 days' WHERE id = ?")
                    .param(otherNode).update();
            changes.forgetNodesAway();
            assertThat(jdbc.sql("SELECT count(*) FROM organisations.directory_index_node WHERE id = ?").param(otherNode)
                    .query(Long.class).single()).isZero();
            assertThat(waitingFor(otherNode)).isZero();
        } finally {
            jdbc.sql("UPDATE organisations.organisation SET name = ? WHERE id = ?").params(name, someone).update();
            jdbc.sql("DELETE FROM organisations.directory_index_node WHERE id = ?").param(otherNode).update();
        }
        assertThat(search.search(query("Zzyzx Lantern"), false).items()).isEmpty();
    }

    private long waitingFor(UUID node) {
        return jdbc.sql("SELECT count(*) FROM organisations.directory_change WHERE node = ?").param(node)
                .query(Long.class).single();
    }

    private static DirectoryQuery query(String q) {
        return new DirectoryQuery(q, null, null, null, null, null, null, null, null, 1, 20);
    }
}

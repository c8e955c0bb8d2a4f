package org.thirdsectorhub.organisations.directory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database side of the directory index: each hub node's registration, and the organisations changed
 * since it last looked, which triggers on the register's tables write once for every registered node.
 */
@Component
class IndexChanges {

    private static final Logger log = LoggerFactory.getLogger(IndexChanges.class);
    /** A node unseen for this long is dropped with its changes; if it comes back, it rebuilds its index. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(7);

    private final JdbcClient jdbc;

    IndexChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node is known to the database, so its index has had every change since it was built. */
    boolean known(UUID node) {
        return jdbc.sql("UPDATE organisations.directory_index_node SET seen_at = now() WHERE id = ?")
                .param(node).update() == 1;
    }

    /**
     * Registers a new node, then waits until every transaction that might have changed the register without
     * writing a change row for it has ended, so that a snapshot taken afterwards misses nothing.
     */
    UUID register() {
        UUID fresh = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisations.directory_index_node (id) VALUES (?)").param(fresh).update();
        long registeredBefore = jdbc.sql("SELECT txid_snapshot_xmax(txid_current_snapshot())").query(Long.class).single();
        long waited = 0;
        while (jdbc.sql("SELECT txid_snapshot_xmin(txid_current_snapshot())").query(Long.class).single() < registeredBefore) {
            sleep();
            if (++waited % 600 == 0) {
                log.info("The directory index waits for transactions older than its registration to end");
            }
        }
        return fresh;
    }

    /** Removes and answers up to {@code limit} changes; inside the caller's snapshot transaction. */
    List<UUID> take(UUID node, int limit) {
        return jdbc.sql("""
                DELETE FROM organisations.directory_change WHERE seq IN (
                    SELECT seq FROM organisations.directory_change WHERE node = ? ORDER BY seq LIMIT ?)
                RETURNING organisation""").params(node, limit).query(UUID.class).list();
    }

    /**
     * Removes every change visible to the caller's snapshot, which is about to index everything it sees, and the
     * node's rebuild asked for, if its snapshot sees it (one asked for since stays for the next round).
     */
    void takeAll(UUID node) {
        jdbc.sql("DELETE FROM organisations.directory_change WHERE node = ?").param(node).update();
        jdbc.sql("UPDATE organisations.directory_index_node SET rebuild = FALSE WHERE id = ? AND rebuild").param(node)
                .update();
    }

    /**
     * How many changes wait, counting no further than {@code upTo}. Asked before every search, so it stays one
     * query on one table; a rebuild asked for leaves a change row too, so it is seen here.
     */
    long waiting(UUID node, int upTo) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM organisations.directory_change WHERE node = ? LIMIT ?) w")
                .params(node, upTo).query(Long.class).single();
    }

    /** Whether the node has been asked to rebuild its index (after a first load). */
    boolean rebuildAsked(UUID node) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT rebuild FROM organisations.directory_index_node WHERE id = ?")
                .param(node).query(Boolean.class).optional().orElse(false));
    }

    /** Whether the register holds at most {@code limit} organisations. */
    boolean registerAtMost(int limit) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM organisations.organisation LIMIT ?) o").param(limit + 1)
                .query(Long.class).single() <= limit;
    }

    /** Drops the nodes unseen for a week, with their changes. */
    void forgetNodesAway() {
        int forgotten = jdbc.sql("DELETE FROM organisations.directory_index_node WHERE seen_at < now() - ?::interval")
                .param(FORGOTTEN_AFTER.toSeconds() + " seconds").update();
        if (forgotten > 0) {
            log.info("Forgot {} directory index node(s) unseen for {} days", forgotten, FORGOTTEN_AFTER.toDays());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering the directory index", e);
        }
    }
}

package org.thirdsectorhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordsWhoWhenAndWhatAndFindsItByWords() {
        String entityId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> trail.record(
                new AuditedChange("test", "grant", entityId, "varied", "Extended the Home-Start grant to 31 March"),
                Actor.of(UUID.randomUUID(), "officer@example.org")));
        var found = search.search(new AuditQuery("Home-Start grant", null, null, null, null, null, 1, 10)).entries();
        assertThat(found).anySatisfy(entry -> {
            assertThat(entry.entityId()).isEqualTo(entityId);
            assertThat(entry.actor()).isEqualTo("officer@example.org");
            assertThat(entry.occurredAt()).isNotNull();
        });
        assertThat(search.search(new AuditQuery(null, "officer@example", "grant", entityId, null, null, 1, 10)).total())
                .isEqualTo(1);
    }

    @Test
    void entriesCannotBeChangedOrRemoved() {
        String entityId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> trail.record(
                new AuditedChange("test", "thing", entityId, "created", "Created a thing")));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.audit_entry SET summary = 'forged' WHERE entity_id = ?")
                .param(entityId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_entry WHERE entity_id = ?").param(entityId).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void aChangeIsOnlyRecordedInsideTheTransactionThatMakesIt() {
        assertThatThrownBy(() -> trail.record(new AuditedChange("test", "thing", "1", "created", "Outside")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        String entityId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> {
            trail.record(new AuditedChange("test", "thing", entityId, "created", "Never happened"));
            status.setRollbackOnly();
        });
        assertThat(search.search(new AuditQuery(null, null, null, entityId, null, null, 1, 10)).total()).isZero();
    }
}

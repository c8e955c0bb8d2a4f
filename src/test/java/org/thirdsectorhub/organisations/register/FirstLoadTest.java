package org.thirdsectorhub.organisations.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.organisations.Drafts;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class FirstLoadTest {

    @Autowired
    OrganisationBatchStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFirstLoadIntoAnEmptyRegisterBuildsIndexesAndKeysAgainAtTheEnd() {
        List<String> indexes = indexesAndKeys();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // The shared test register is emptied inside this transaction only: it is rolled back at the end.
            jdbc.sql("DELETE FROM organisations.organisation").update();
            assertThat(store.registerIsEmpty()).isTrue();

            FirstLoad load = store.beginBulkLoad();
            assertThat(load.intoEmptyRegister()).isTrue();
            assertThat(indexesAndKeys()).as("while loading").hasSizeLessThan(indexes.size())
                    .noneMatch(line -> line.startsWith("organisation ") || line.startsWith("organisation_classification "));

            OrganisationBatchStore.Session session = store.session("first-load-test", UUID.randomUUID(), "a test",
                    "tester", true);
            var draft = Drafts.organisation(Drafts.unique("First Load Trust"),
                    List.of(OrgId.of(OrgIdScheme.GB_CHC, "1190001").orElseThrow()), "MK9 3HS");
            var outcome = store.insert(session, store.newRows(session, List.of(new OrganisationBatchStore.Incoming(
                    "1190001", draft.identifiers().get(0), draft))));
            assertThat(outcome.imported()).isEqualTo(1);

            load.finish();
            assertThat(indexesAndKeys()).as("keys come back unchecked, to be checked after the commit")
                    .map(line -> line.replace(" NOT VALID", "")).isEqualTo(indexes);
            assertThat(indexesAndKeys()).anyMatch(line -> line.endsWith(" NOT VALID"));
            assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation").query(Long.class).single()).isOne();
            assertThat(jdbc.sql("""
                    SELECT c.kind || ' ' || (jsonb_array_length(r.reasons) > 0) FROM organisations.classification c
                    JOIN organisations.classification_reasons r ON r.id = c.reasons_id""").query(String.class).list())
                    .as("classified, with its reasons").containsExactly("CHARITY true");
            status.setRollbackOnly();
        });
        assertThat(indexesAndKeys()).isEqualTo(indexes);
        assertThat(store.registerIsEmpty()).as("the shared register is back").isFalse();
    }

    private List<String> indexesAndKeys() {
        return jdbc.sql("""
                SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'organisations'
                UNION ALL
                SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'organisations'::regnamespace
                ORDER BY 1""").query(String.class).list();
    }
}

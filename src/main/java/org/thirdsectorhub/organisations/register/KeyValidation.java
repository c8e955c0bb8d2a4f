package org.thirdsectorhub.organisations.register;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks the register's rows against the foreign keys a first load added back unchecked (NOT VALID), after the
 * load has committed, in the background: PostgreSQL enforces such a key for every row written from then on, and
 * checking the rows already there takes only a lock that lets the register be read and written meanwhile. The
 * load wrote those rows itself, every one pointing at an organisation of the same load, so the check is a
 * formality that cost a first load of the national register two seconds before it could commit. A hub stopped
 * before the check finished checks at its next start.
 */
@Component
public class KeyValidation {

    private static final Logger log = LoggerFactory.getLogger(KeyValidation.class);
    private static final String UNCHECKED = """
            SELECT conrelid::regclass::text, quote_ident(conname) FROM pg_constraint
            WHERE contype = 'f' AND NOT convalidated AND connamespace = 'organisations'::regnamespace ORDER BY 1, 2""";

    private final JdbcTemplate jdbc;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "register-key-validation");
        thread.setDaemon(true);
        return thread;
    });

    KeyValidation(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Checks the unchecked keys once the caller's transaction has committed. */
    void afterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.execute(KeyValidation.this::validateUnchecked);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        background.execute(this::validateUnchecked);
    }

    /** Checks every unchecked key of the register now, one at a time, each in its own transaction. */
    public void validateUnchecked() {
        List<String> statements = jdbc.query(UNCHECKED,
                (rs, n) -> "ALTER TABLE " + rs.getString(1) + " VALIDATE CONSTRAINT " + rs.getString(2));
        long started = System.nanoTime();
        for (String statement : statements) {
            try {
                jdbc.execute(statement);
            } catch (RuntimeException e) {
                log.error("The register's rows break a key that a first load added back: {}", statement, e);
            }
        }
        if (!statements.isEmpty()) {
            log.info("Checked the register's rows against {} foreign keys in {} ms", statements.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** Lets a check under way finish when the hub stops (it would only be rolled back and run again). */
    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(60, TimeUnit.SECONDS);
    }
}

package org.thirdsectorhub.organisations.register;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each different set of reasons is stored once, in classification_reasons, under an id taken from its own
 * text as PostgreSQL normalises it; a classification points at its set.
 */
final class ReasonSets {

    private static final String FIND_OR_ADD = """
            WITH given AS (SELECT ?::jsonb AS reasons),
            added AS (INSERT INTO organisations.classification_reasons (id, reasons)
                      SELECT md5(reasons::text)::uuid, reasons FROM given ON CONFLICT (id) DO NOTHING)
            SELECT md5(reasons::text)::uuid FROM given""";

    /** Joined to a classification {@code c}: its reasons as {@code reasons}, JSON text. */
    static final String REASONS_OF_C = "(SELECT r.reasons::text FROM organisations.classification_reasons r"
            + " WHERE r.id = c.reasons_id) AS reasons";

    private ReasonSets() {}

    /** The id of the set of reasons given as JSON, added if it is new. Call it inside the writing transaction. */
    static UUID idOf(JdbcClient jdbc, String reasonsJson) {
        return jdbc.sql(FIND_OR_ADD).param(reasonsJson).query(UUID.class).single();
    }
}

package org.thirdsectorhub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.shared.security.Actor;

/** Records changes. Call it inside the transaction that makes the change, so both commit or neither. */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change made by the current actor (the signed-in person, or the hub itself). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditedChange change) {
        record(change, Actor.current());
    }

    /** Records a change made by the given actor, for changes made before anyone is signed in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditedChange change, Actor actor) {
        jdbc.sql("""
                INSERT INTO audit.audit_entry
                    (id, occurred_at, actor, actor_id, module, entity_type, entity_id, action, summary)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), java.sql.Timestamp.from(Instant.now(clock)), actor.label(), actor.userId(),
                        change.module(), change.entityType(), change.entityId(), change.action(), change.summary())
                .update();
    }
}

package org.thirdsectorhub.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded change, as read back from the trail. */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        String actor,
        UUID actorId,
        String module,
        String entityType,
        String entityId,
        String action,
        String summary) {}

package org.thirdsectorhub.audit;

import java.time.LocalDate;

/** A search of the trail: words anywhere in the entry, who acted, what kind of thing, and a date range. */
public record AuditQuery(String text, String actor, String entityType, String entityId, LocalDate from, LocalDate to,
        int page, int size) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        page = Math.max(page, 1);
        size = size < 1 ? 50 : Math.min(size, MAX_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }
}

package org.thirdsectorhub.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** Reads the trail back for administrators. */
@Service
public class AuditSearch {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries matching the query, newest first. */
    public AuditPage search(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (StringUtils.hasText(query.text())) {
            conditions.add("(search_text @@ websearch_to_tsquery('english', ?) OR summary ILIKE ?)");
            params.add(query.text());
            params.add("%" + escapeLike(query.text()) + "%");
        }
        if (StringUtils.hasText(query.actor())) {
            conditions.add("actor ILIKE ?");
            params.add("%" + escapeLike(query.actor()) + "%");
        }
        if (StringUtils.hasText(query.entityType())) {
            conditions.add("entity_type = ?");
            params.add(query.entityType());
        }
        if (StringUtils.hasText(query.entityId())) {
            conditions.add("entity_id = ?");
            params.add(query.entityId());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(LONDON).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(LONDON).toInstant()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit.audit_entry" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add(query.offset());
        List<AuditEntry> entries = jdbc.sql("""
                SELECT id, occurred_at, actor, actor_id, module, entity_type, entity_id, action, summary
                FROM audit.audit_entry""" + where + " ORDER BY occurred_at DESC, id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new AuditEntry(
                        rs.getObject("id", java.util.UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getObject("actor_id", java.util.UUID.class),
                        rs.getString("module"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("action"),
                        rs.getString("summary")))
                .list();
        return new AuditPage(entries, total, query.page(), query.size());
    }

    /** The kinds of entity the trail has entries for, for a filter list. */
    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit.audit_entry ORDER BY entity_type").query(String.class).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}

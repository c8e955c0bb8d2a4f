package org.thirdsectorhub.socialvalue.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thirdsectorhub.socialvalue.AnalysisKind;
import org.thirdsectorhub.socialvalue.AnalysisOwner;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses and their versions. JdbcClient rather than Spring Data JDBC because the impact map is one
 * JSONB document per version, which Spring Data JDBC cannot write without converters per type.
 */
@Repository
class AnalysisStore {

    private static final String COLUMNS = "id, title, kind, owner_type, owner_id, shared, based_on, copied_from, version, "
            + "document::text AS document, created_by, created_at, updated_by, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnalysisStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Analysis analysis) {
        jdbc.sql("""
                INSERT INTO socialvalue.analysis (id, title, kind, owner_type, owner_id, shared, based_on, copied_from,
                    version, document, created_by, created_at, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(analysis.id(), analysis.title(), analysis.kind().name(), analysis.owner().type().name(),
                        analysis.owner().id(), analysis.shared(), analysis.basedOn(), analysis.copiedFrom(),
                        analysis.version(), json.writeValueAsString(analysis.document()), analysis.createdBy(),
                        Timestamp.from(analysis.createdAt()), analysis.updatedBy(), Timestamp.from(analysis.updatedAt()))
                .update();
    }

    /** Saves new content, keeping the previous version; false when someone else saved first. */
    boolean saveNewVersion(Analysis previous, Analysis next) {
        jdbc.sql("""
                INSERT INTO socialvalue.analysis_version (analysis_id, version, title, document, saved_by, saved_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?)""")
                .params(previous.id(), previous.version(), previous.title(), json.writeValueAsString(previous.document()),
                        previous.updatedBy(), Timestamp.from(previous.updatedAt()))
                .update();
        return jdbc.sql("""
                UPDATE socialvalue.analysis SET title = ?, version = ?, document = ?::jsonb, updated_by = ?, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(next.title(), next.version(), json.writeValueAsString(next.document()), next.updatedBy(),
                        Timestamp.from(next.updatedAt()), next.id(), previous.version())
                .update() == 1;
    }

    void setShared(UUID id, boolean shared) {
        jdbc.sql("UPDATE socialvalue.analysis SET shared = ? WHERE id = ?").params(shared, id).update();
    }

    Optional<Analysis> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM socialvalue.analysis WHERE id = ?").param(id).query(this::analysis)
                .optional();
    }

    /** Analyses a person may see: shared ones, their organisations', their own as commissioner, or all. */
    List<Analysis> visible(Collection<UUID> organisations, UUID commissioner, boolean all) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM socialvalue.analysis
                WHERE :all OR shared
                   OR (owner_type = 'ORGANISATION' AND owner_id IN (:organisations))
                   OR (owner_type = 'COMMISSIONER' AND owner_id = :commissioner)
                ORDER BY updated_at DESC, title""")
                .param("all", all)
                .param("organisations", organisations.isEmpty() ? List.of(new UUID(0, 0)) : organisations)
                .param("commissioner", commissioner == null ? new UUID(0, 0) : commissioner)
                .query(this::analysis).list();
    }

    List<AnalysisVersion> versions(UUID id) {
        return jdbc.sql("""
                SELECT analysis_id, version, title, document::text AS document, saved_by, saved_at
                  FROM socialvalue.analysis_version WHERE analysis_id = ? ORDER BY version DESC""")
                .param(id)
                .query((rs, n) -> new AnalysisVersion(rs.getObject("analysis_id", UUID.class), rs.getInt("version"),
                        rs.getString("title"), json.readValue(rs.getString("document"), AnalysisDocument.class),
                        rs.getObject("saved_by", UUID.class), rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    private Analysis analysis(ResultSet rs, int row) throws SQLException {
        return new Analysis(rs.getObject("id", UUID.class), rs.getString("title"),
                AnalysisKind.valueOf(rs.getString("kind")),
                new AnalysisOwner(AnalysisOwner.Type.valueOf(rs.getString("owner_type")), rs.getObject("owner_id", UUID.class)),
                rs.getBoolean("shared"), rs.getObject("based_on", UUID.class), rs.getObject("copied_from", UUID.class),
                rs.getInt("version"), json.readValue(rs.getString("document"), AnalysisDocument.class),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("updated_by", UUID.class), rs.getTimestamp("updated_at").toInstant());
    }
}

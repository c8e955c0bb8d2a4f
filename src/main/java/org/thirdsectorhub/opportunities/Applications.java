package org.thirdsectorhub.opportunities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the rest of the hub (assessment, decisions, open data) may read of applications and bids.
 * Callers apply their own access rules.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    private static final String SUMMARY = """
            SELECT a.id, a.reference, a.opportunity, o.reference AS opportunity_reference, o.title AS opportunity_title,
                   a.organisation, a.organisation_name, a.title, a.amount_requested, a.status, a.submitted_at,
                   o.closes_at, a.updated_at
            FROM opportunities.application a JOIN opportunities.opportunity o ON o.id = a.opportunity
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Applications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The submitted applications to an opportunity (decided ones included), in the order they came in. */
    public List<ApplicationSummary> submittedFor(UUID opportunity) {
        return jdbc.sql(SUMMARY + " WHERE a.opportunity = ? AND a.submitted_at IS NOT NULL AND a.status <> 'WITHDRAWN'"
                + " ORDER BY a.submitted_at, a.reference").param(opportunity).query(this::summary).list();
    }

    /** Every application of these organisations, drafts first, then newest. */
    public List<ApplicationSummary> ofOrganisations(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " WHERE a.organisation IN (:orgs)"
                + " ORDER BY a.status <> 'DRAFT', a.updated_at DESC").param("orgs", organisations)
                .query(this::summary).list();
    }

    /** The organisation's application to the opportunity that is not withdrawn, if it has one. */
    public Optional<UUID> liveFor(UUID opportunity, UUID organisation) {
        return jdbc.sql("""
                SELECT id FROM opportunities.application WHERE opportunity = ? AND organisation = ? AND status <> 'WITHDRAWN'""")
                .params(opportunity, organisation).query(UUID.class).optional();
    }

    /** An application with its answers, budget, forecast and the list of its attachments. */
    public Optional<ApplicationView> find(UUID id) {
        return jdbc.sql("""
                SELECT a.*, a.answers::text AS answers_json, a.sroi_forecast::text AS forecast_json,
                       o.reference AS opportunity_reference, o.title AS opportunity_title
                FROM opportunities.application a JOIN opportunities.opportunity o ON o.id = a.opportunity WHERE a.id = ?""")
                .param(id).query((rs, n) -> new ApplicationView(id, rs.getString("reference"),
                        rs.getObject("opportunity", UUID.class), rs.getString("opportunity_reference"),
                        rs.getString("opportunity_title"), rs.getObject("organisation", UUID.class),
                        rs.getString("organisation_name"), rs.getString("title"),
                        json.readValue(rs.getString("answers_json"), ApplicationAnswers.class),
                        rs.getBigDecimal("amount_requested"), budget(id),
                        rs.getString("forecast_json") == null ? null
                                : json.readValue(rs.getString("forecast_json"), SroiForecast.class),
                        attachments(id), rs.getString("status"), instant(rs, "submitted_at"),
                        rs.getString("submitted_by"), instant(rs, "updated_at")))
                .optional();
    }

    /** The files attached to an application, oldest first. */
    public List<AttachmentInfo> attachments(UUID application) {
        return jdbc.sql("""
                SELECT id, application, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM opportunities.attachment WHERE application = ? ORDER BY uploaded_at, file_name""")
                .param(application).query(Applications::attachment).list();
    }

    /** One attachment of the application with its content. */
    public Optional<AttachmentFile> attachment(UUID application, UUID attachment) {
        return jdbc.sql("SELECT * FROM opportunities.attachment WHERE application = ? AND id = ?")
                .params(application, attachment)
                .query((rs, n) -> new AttachmentFile(attachment(rs, n), rs.getBytes("content"))).optional();
    }

    /** One attachment of the application, without its content. */
    public Optional<AttachmentInfo> attachmentInfo(UUID application, UUID attachment) {
        return jdbc.sql("""
                SELECT id, application, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                FROM opportunities.attachment WHERE application = ? AND id = ?""")
                .params(application, attachment).query(Applications::attachment).optional();
    }

    /**
     * Copies an attachment's content to the stream as the driver reads it, so that no second copy is made;
     * false when there is no such attachment.
     */
    public boolean writeContent(UUID application, UUID attachment, OutputStream out) {
        Boolean written = jdbc.sql("SELECT content FROM opportunities.attachment WHERE application = ? AND id = ?")
                .params(application, attachment)
                .query((ResultSetExtractor<Boolean>) rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return true;
                });
        return Boolean.TRUE.equals(written);
    }

    private List<BudgetLine> budget(UUID application) {
        return jdbc.sql("""
                SELECT id, category, description, amount FROM opportunities.budget_line WHERE application = ?
                ORDER BY position""").param(application)
                .query((rs, n) -> new BudgetLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    private static AttachmentInfo attachment(ResultSet rs, int n) throws SQLException {
        return new AttachmentInfo(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
    }

    private ApplicationSummary summary(ResultSet rs, int n) throws SQLException {
        return new ApplicationSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("opportunity", UUID.class), rs.getString("opportunity_reference"),
                rs.getString("opportunity_title"), rs.getObject("organisation", UUID.class),
                rs.getString("organisation_name"), rs.getString("title"), rs.getBigDecimal("amount_requested"),
                rs.getString("status"), instant(rs, "submitted_at"), instant(rs, "closes_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package org.thirdsectorhub.opportunities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of grant rounds and tenders. */
@Service
@Transactional(readOnly = true)
public class OpportunityCatalogue {

    private final JdbcClient jdbc;

    OpportunityCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tender that has been published, with the awards whose decisions were published, oldest first. */
    public List<TenderNotice> publishedTenders() {
        return jdbc.sql("""
                SELECT * FROM opportunities.opportunity
                WHERE kind = 'TENDER' AND published_at IS NOT NULL ORDER BY published_at, reference""")
                .query((rs, n) -> tender(rs)).list();
    }

    private TenderNotice tender(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new TenderNotice(id, rs.getString("reference"), rs.getString("title"), rs.getString("description"),
                rs.getString("status"), rs.getObject("owner_organisation", UUID.class), rs.getString("owner_name"),
                rs.getBigDecimal("total_budget"), rs.getString("procurement_category"),
                rs.getString("procurement_method"), rs.getBoolean("suitable_for_sme"),
                rs.getBoolean("suitable_for_vcse"), instant(rs, "published_at"), instant(rs, "opens_at"),
                instant(rs, "closes_at"), instant(rs, "clarifications_close_at"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                instant(rs, "decisions_published_at"), instant(rs, "updated_at"),
                rs.getTimestamp("decisions_published_at") == null ? List.of() : awards(id));
    }

    private List<TenderNotice.Awarded> awards(UUID tender) {
        return jdbc.sql("""
                SELECT a.id, d.award, a.organisation, a.organisation_name, d.amount_awarded, d.decided_at
                FROM opportunities.decision d JOIN opportunities.application a ON a.id = d.application
                WHERE a.opportunity = ? AND d.outcome = 'SUCCESSFUL' ORDER BY d.decided_at, a.reference""")
                .param(tender)
                .query((rs, n) -> new TenderNotice.Awarded(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getBigDecimal(5), instant(rs, "decided_at")))
                .list();
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

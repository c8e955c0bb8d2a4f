package org.thirdsectorhub.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.identity.OrganisationNames;

/** What other modules may ask of the register. */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement implements OrganisationNames {

    private final JdbcClient jdbc;

    OrganisationManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation with this id, unless it was deleted or merged away. */
    public Optional<OrganisationSummary> find(UUID id) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.legal_form, o.status, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,
                       coalesce(c.third_sector, FALSE) AS third_sector, o.postcode, o.ward_code
                FROM organisations.organisation o
                LEFT JOIN organisations.classification c ON c.organisation = o.id AND c.current
                WHERE o.id = ? AND o.deleted_at IS NULL""")
                .param(id)
                .query((rs, n) -> new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        LegalForm.valueOf(rs.getString("legal_form")), OrganisationStatus.valueOf(rs.getString("status")),
                        Kind.valueOf(rs.getString("kind")), rs.getBoolean("third_sector"), rs.getString("postcode"),
                        rs.getString("ward_code"), identifiers(id), qualityMarks(id)))
                .optional();
    }

    /** The organisation's name, or its id when it is not in the register. */
    @Override
    public String nameOf(UUID organisationId) {
        return jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ?").param(organisationId)
                .query(String.class).optional().orElse("Organisation " + organisationId);
    }

    private List<String> identifiers(UUID id) {
        return jdbc.sql("SELECT scheme || '-' || identifier FROM organisations.organisation_identifier WHERE organisation = ?"
                + " ORDER BY 1").param(id).query(String.class).list();
    }

    private List<String> qualityMarks(UUID id) {
        return jdbc.sql("SELECT mark FROM organisations.organisation_quality_mark WHERE organisation = ? ORDER BY 1")
                .param(id).query(String.class).list();
    }
}

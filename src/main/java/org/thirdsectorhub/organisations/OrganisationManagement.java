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

    /** The organisation with exactly this name, for demo data and imports that know organisations by name. */
    public Optional<OrganisationSummary> findByName(String name) {
        return jdbc.sql("SELECT id FROM organisations.organisation WHERE name = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1")
                .param(name).query(UUID.class).optional().flatMap(this::find);
    }

    /** The organisation's latest recorded annual income, if known (small organisations are owed payment in advance). */
    public Optional<java.math.BigDecimal> latestIncome(UUID id) {
        return jdbc.sql("SELECT latest_income FROM organisations.organisation WHERE id = ? AND latest_income IS NOT NULL")
                .param(id).query(java.math.BigDecimal.class).optional();
    }

    /** The organisation's name, or its id when it is not in the register. */
    @Override
    public String nameOf(UUID organisationId) {
        return jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ?").param(organisationId)
                .query(String.class).optional().orElse("Organisation " + organisationId);
    }

    /**
     * The active organisations working on any of the purposes (Charity Commission codes) in any of the
     * wards (or district-wide); an empty set means "any".
     */
    public MarketSummary marketFor(java.util.Set<String> purposeCodes, java.util.Set<String> wardCodes) {
        String purposes = String.join(",", purposeCodes);
        String wards = String.join(",", wardCodes);
        List<OrganisationSummary> matches = jdbc.sql("""
                SELECT o.id FROM organisations.organisation o
                WHERE o.deleted_at IS NULL AND o.merged_into IS NULL AND o.status = 'ACTIVE' AND NOT o.public_body
                  AND (:purposes = '' OR EXISTS (SELECT 1 FROM organisations.organisation_classification c
                        WHERE c.organisation = o.id AND c.code = ANY (string_to_array(:purposes, ','))))
                  AND (:wards = '' OR o.ward_code = ANY (string_to_array(:wards, ','))
                        OR EXISTS (SELECT 1 FROM organisations.organisation_area a WHERE a.organisation = o.id
                                   AND (a.area_code = ANY (string_to_array(:wards, ',')) OR a.area_code = 'E06000042')))
                ORDER BY o.name""")
                .param("purposes", purposes).param("wards", wards)
                .query(UUID.class).list().stream().map(this::find).flatMap(java.util.Optional::stream).toList();
        java.util.Map<String, Integer> byKind = new java.util.TreeMap<>();
        java.util.Map<String, Integer> byForm = new java.util.TreeMap<>();
        java.util.Map<String, Integer> marks = new java.util.TreeMap<>();
        for (OrganisationSummary organisation : matches) {
            byKind.merge(organisation.kind().name(), 1, Integer::sum);
            byForm.merge(organisation.legalForm().name(), 1, Integer::sum);
            organisation.qualityMarks().forEach(mark -> marks.merge(mark, 1, Integer::sum));
        }
        int thirdSector = (int) matches.stream().filter(OrganisationSummary::thirdSector).count();
        return new MarketSummary(matches.size(), thirdSector, byKind, byForm, marks,
                matches.stream().limit(50).toList());
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

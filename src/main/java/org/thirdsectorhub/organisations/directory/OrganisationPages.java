package org.thirdsectorhub.organisations.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.organisations.register.ClassificationService;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;

/** Reads one organisation for its public page and the JSON API. */
@Service
@Transactional(readOnly = true)
public class OrganisationPages {

    private final JdbcClient jdbc;
    private final ClassificationService classifications;

    OrganisationPages(JdbcClient jdbc, ClassificationService classifications) {
        this.jdbc = jdbc;
        this.classifications = classifications;
    }

    public Optional<OrganisationPage> find(UUID id) {
        return jdbc.sql("""
                SELECT o.*, w.name AS ward_name FROM organisations.organisation o
                LEFT JOIN organisations.area w ON w.code = o.ward_code
                WHERE o.id = ? AND o.deleted_at IS NULL AND o.merged_into IS NULL AND NOT o.pending_approval""")
                .param(id)
                .query((rs, n) -> page(rs))
                .optional();
    }

    /** Where a merged organisation went, so old links keep working. */
    public Optional<UUID> mergedInto(UUID id) {
        return jdbc.sql("SELECT merged_into FROM organisations.organisation WHERE id = ? AND merged_into IS NOT NULL")
                .param(id).query(UUID.class).optional();
    }

    private OrganisationPage page(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new OrganisationPage(id, rs.getString("name"),
                jdbc.sql("SELECT name FROM organisations.organisation_other_name WHERE organisation = ? ORDER BY name")
                        .param(id).query(String.class).list(),
                rs.getString("legal_form"), rs.getString("status"), rs.getString("description"),
                rs.getString("social_purpose"), identifiers(id), terms(id, "theme"), terms(id, "beneficiaries"),
                terms(id, "activities"),
                jdbc.sql("SELECT tag FROM organisations.organisation_tag WHERE organisation = ? ORDER BY tag")
                        .param(id).query(String.class).list(),
                jdbc.sql("""
                        SELECT a.code, a.name FROM organisations.organisation_area oa
                        JOIN organisations.area a ON a.code = oa.area_code WHERE oa.organisation = ? ORDER BY a.name""")
                        .param(id).query((r, n) -> new OrganisationPage.Term(r.getString("code"), r.getString("name"))).list(),
                rs.getString("website"), rs.getString("email"), rs.getString("phone"), rs.getString("address_line"),
                rs.getString("town"), rs.getString("postcode"), rs.getString("ward_code"), rs.getString("ward_name"),
                rs.getString("income_band"), rs.getBigDecimal("latest_income"), (Integer) rs.getObject("staff_count"),
                (Integer) rs.getObject("volunteer_count"), date(rs.getDate("founded_on")),
                jdbc.sql("SELECT mark, awarded_on, expires_on FROM organisations.organisation_quality_mark WHERE organisation = ? ORDER BY mark")
                        .param(id).query((r, n) -> new OrganisationPage.QualityMarkView(r.getString("mark"),
                                date(r.getDate("awarded_on")), date(r.getDate("expires_on")))).list(),
                jdbc.sql("SELECT name, role, email, phone FROM organisations.organisation_contact WHERE organisation = ? ORDER BY position")
                        .param(id).query((r, n) -> new OrganisationPage.ContactView(r.getString("name"), r.getString("role"),
                                r.getString("email"), r.getString("phone"))).list(),
                services(id), classifications.current(id).orElse(null));
    }

    private List<OrganisationPage.Identifier> identifiers(UUID id) {
        return jdbc.sql("SELECT scheme, identifier FROM organisations.organisation_identifier WHERE organisation = ? ORDER BY scheme")
                .param(id)
                .query((rs, n) -> {
                    String scheme = rs.getString("scheme");
                    String identifier = rs.getString("identifier");
                    Optional<OrgIdScheme> known = OrgIdScheme.ofPrefix(scheme);
                    return new OrganisationPage.Identifier(scheme + "-" + identifier, scheme, identifier,
                            known.map(OrgIdScheme::register).orElse(scheme),
                            known.flatMap(s -> OrgId.of(s, identifier)).map(OrgId::lookupUrl).orElse(null));
                })
                .list();
    }

    private List<OrganisationPage.Term> terms(UUID id, String category) {
        return jdbc.sql("""
                SELECT t.code, t.name FROM organisations.organisation_classification oc
                JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                WHERE oc.organisation = ? AND t.category = ? ORDER BY t.code""")
                .params(id, category)
                .query((rs, n) -> new OrganisationPage.Term(rs.getString("code"), rs.getString("name"))).list();
    }

    private List<OrganisationPage.ServiceView> services(UUID organisation) {
        return jdbc.sql("SELECT * FROM organisations.service WHERE organisation = ? ORDER BY name")
                .param(organisation)
                .query((rs, n) -> {
                    UUID service = rs.getObject("id", UUID.class);
                    return new OrganisationPage.ServiceView(service, rs.getString("name"), rs.getString("description"),
                            rs.getString("url"), rs.getString("email"), rs.getString("phone"), rs.getString("status"),
                            rs.getString("fees"), rs.getString("eligibility"),
                            jdbc.sql("SELECT * FROM organisations.schedule WHERE service = ? ORDER BY byday, opens_at")
                                    .param(service)
                                    .query((r, m) -> new OrganisationPage.ScheduleView(r.getString("freq"), r.getString("byday"),
                                            time(r.getTime("opens_at")), time(r.getTime("closes_at")), r.getString("description")))
                                    .list(),
                            jdbc.sql("""
                                    SELECT l.* FROM organisations.location l
                                    JOIN organisations.service_at_location sal ON sal.location = l.id
                                    WHERE sal.service = ? ORDER BY l.name""")
                                    .param(service)
                                    .query((r, m) -> new OrganisationPage.LocationView(r.getObject("id", UUID.class),
                                            r.getString("name"), r.getString("address_line"), r.getString("town"),
                                            r.getString("postcode"), r.getBigDecimal("latitude"), r.getBigDecimal("longitude")))
                                    .list());
                })
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String time(java.sql.Time time) {
        return time == null ? null : time.toLocalTime().toString();
    }
}

package org.thirdsectorhub.organisations.register;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.shared.identifiers.OrgId;

/**
 * Writes an organisation and its lists. The lists are replaced whole on each save: the register's
 * history is kept as versions (see OrganisationHistory), not as row-level changes.
 */
@Component
public class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, OrganisationDraft draft, String source, Instant now) {
        jdbc.sql("""
                INSERT INTO organisations.organisation (id, name, legal_form, status, description, website, email, phone,
                    address_line, town, postcode, ward_code, income_band, latest_income, staff_count, volunteer_count,
                    founded_on, public_body, controlled_by_public_body, profit_distribution, asset_lock, faith_based,
                    social_purpose, source, created_at, updated_at)
                VALUES (:id, :name, :legalForm, :status, :description, :website, :email, :phone, :addressLine, :town,
                    :postcode, :wardCode, :incomeBand, :latestIncome, :staffCount, :volunteerCount, :foundedOn,
                    :publicBody, :controlled, :distribution, :assetLock, :faithBased, :socialPurpose, :source, :now, :now)""")
                .params(columns(id, draft))
                .param("source", source)
                .param("now", Timestamp.from(now))
                .update();
        writeLists(id, draft);
    }

    public void update(UUID id, OrganisationDraft draft, Instant now, boolean localEdit) {
        jdbc.sql("""
                UPDATE organisations.organisation SET name = :name, legal_form = :legalForm, status = :status,
                    description = :description, website = :website, email = :email, phone = :phone,
                    address_line = :addressLine, town = :town, postcode = :postcode, ward_code = :wardCode,
                    income_band = :incomeBand, latest_income = :latestIncome, staff_count = :staffCount,
                    volunteer_count = :volunteerCount, founded_on = :foundedOn, public_body = :publicBody,
                    controlled_by_public_body = :controlled, profit_distribution = :distribution,
                    asset_lock = :assetLock, faith_based = :faithBased, social_purpose = :socialPurpose,
                    locally_edited = locally_edited OR :localEdit, updated_at = :now, version = version + 1
                WHERE id = :id""")
                .params(columns(id, draft))
                .param("localEdit", localEdit)
                .param("now", Timestamp.from(now))
                .update();
        for (String table : List.of("organisation_identifier", "organisation_other_name", "organisation_classification",
                "organisation_tag", "organisation_area", "organisation_quality_mark", "organisation_contact")) {
            jdbc.sql("DELETE FROM organisations." + table + " WHERE organisation = ?").param(id).update();
        }
        writeLists(id, draft);
    }

    private void writeLists(UUID id, OrganisationDraft draft) {
        for (OrgId identifier : draft.identifiers().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO organisations.organisation_identifier (organisation, scheme, identifier) VALUES (?, ?, ?)")
                    .params(id, identifier.scheme().prefix(), identifier.identifier()).update();
        }
        draft.otherNames().stream().filter(other -> !other.name().isBlank()).distinct().forEach(other -> jdbc.sql(
                        "INSERT INTO organisations.organisation_other_name (organisation, name, kind) VALUES (?, ?, ?) "
                                + "ON CONFLICT DO NOTHING")
                .params(id, other.name().trim(), other.former() ? "FORMER" : "OTHER").update());
        draft.purposeCodes().forEach(code -> jdbc.sql(
                        "INSERT INTO organisations.organisation_classification (organisation, taxonomy, code) VALUES (?, 'ccew', ?)")
                .params(id, code).update());
        draft.tags().forEach(tag -> jdbc.sql("INSERT INTO organisations.organisation_tag (organisation, tag) VALUES (?, ?)")
                .params(id, tag).update());
        draft.areaCodes().forEach(code -> jdbc.sql(
                        "INSERT INTO organisations.organisation_area (organisation, area_code) VALUES (?, ?)")
                .params(id, code).update());
        draft.qualityMarks().stream().distinct().forEach(mark -> jdbc.sql("""
                        INSERT INTO organisations.organisation_quality_mark (organisation, mark, awarded_on, expires_on)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, mark.mark().name(), date(mark.awardedOn()), date(mark.expiresOn())).update());
        for (int i = 0; i < draft.contacts().size(); i++) {
            OrganisationDraft.Contact contact = draft.contacts().get(i);
            jdbc.sql("""
                    INSERT INTO organisations.organisation_contact (organisation, position, name, role, email, phone)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, i, contact.name(), contact.role(), contact.email(), contact.phone()).update();
        }
    }

    public Optional<String> nameOf(UUID id) {
        return jdbc.sql("SELECT name FROM organisations.organisation WHERE id = ?").param(id).query(String.class).optional();
    }

    private static java.util.Map<String, Object> columns(UUID id, OrganisationDraft draft) {
        var values = new java.util.HashMap<String, Object>();
        values.put("id", id);
        values.put("name", draft.name().trim());
        values.put("legalForm", draft.legalForm().name());
        values.put("status", draft.status().name());
        values.put("description", draft.description());
        values.put("website", draft.website());
        values.put("email", draft.email());
        values.put("phone", draft.phone());
        values.put("addressLine", draft.addressLine());
        values.put("town", draft.town());
        values.put("postcode", draft.postcode());
        values.put("wardCode", draft.wardCode());
        values.put("incomeBand", draft.incomeBand() == null ? null : draft.incomeBand().name());
        values.put("latestIncome", draft.latestIncome());
        values.put("staffCount", draft.staffCount());
        values.put("volunteerCount", draft.volunteerCount());
        values.put("foundedOn", date(draft.foundedOn()));
        values.put("publicBody", draft.publicBody());
        values.put("controlled", draft.controlledByPublicBody());
        values.put("distribution", draft.profitDistribution().name());
        values.put("assetLock", draft.assetLock());
        values.put("faithBased", draft.faithBased());
        values.put("socialPurpose", draft.socialPurpose());
        return values;
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}

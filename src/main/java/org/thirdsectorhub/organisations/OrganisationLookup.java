package org.thirdsectorhub.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding register organisations by the identifiers other publishers use, and the identifiers of many at once. */
@Service
@Transactional(readOnly = true)
public class OrganisationLookup {

    private final JdbcClient jdbc;

    OrganisationLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The live organisation an org-id names (for example GB-CHC-1234567), following merges to the survivor.
     * Matching ignores case and spaces in the identifier part.
     */
    public Optional<UUID> byOrgId(String orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        String compact = orgId.strip().toUpperCase().replace(" ", "");
        return jdbc.sql("""
                SELECT coalesce(o.merged_into, o.id) FROM organisations.organisation_identifier i
                JOIN organisations.organisation o ON o.id = i.organisation
                WHERE upper(i.scheme) || '-' || upper(replace(i.identifier, ' ', '')) = ? AND o.deleted_at IS NULL
                ORDER BY o.merged_into NULLS FIRST LIMIT 1""")
                .param(compact).query(UUID.class).optional();
    }

    /** The live organisation with this registration number in the scheme given (GB-CHC, GB-COH, GB-SC, …). */
    public Optional<UUID> byRegistrationNumber(String scheme, String number) {
        if (scheme == null || number == null || number.isBlank()) {
            return Optional.empty();
        }
        String cleaned = number.strip();
        if ("GB-COH".equalsIgnoreCase(scheme) && cleaned.matches("\\d{1,7}")) {
            cleaned = "0".repeat(8 - cleaned.length()) + cleaned;
        }
        return byOrgId(scheme + "-" + cleaned);
    }

    /** Each organisation's org-ids (scheme-identifier), sorted; organisations without any are left out. */
    public Map<UUID, List<String>> orgIdsOf(Collection<UUID> organisations) {
        Map<UUID, List<String>> result = new HashMap<>();
        if (organisations.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT organisation, scheme || '-' || identifier AS org_id FROM organisations.organisation_identifier
                WHERE organisation = ANY (?) ORDER BY organisation, org_id""")
                .param(organisations.toArray(UUID[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                            .add(rs.getString(2));
                });
        return result;
    }
}

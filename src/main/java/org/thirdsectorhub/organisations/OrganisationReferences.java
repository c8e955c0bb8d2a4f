package org.thirdsectorhub.organisations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names, org-ids and postcodes of many organisations in one query, and the names of the district's areas. */
@Service
@Transactional(readOnly = true)
public class OrganisationReferences {

    private final JdbcClient jdbc;

    OrganisationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations asked for that exist (deleted ones included: they were real when funded). */
    public Map<UUID, OrganisationReference> referencesOf(Collection<UUID> organisations) {
        Map<UUID, OrganisationReference> result = new HashMap<>();
        if (organisations.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT o.id, o.name, o.postcode,
                       array(SELECT i.scheme || '-' || i.identifier FROM organisations.organisation_identifier i
                             WHERE i.organisation = o.id ORDER BY 1) AS org_ids
                FROM organisations.organisation o WHERE o.id = ANY (?)""")
                .param(organisations.toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<String> orgIds = new ArrayList<>(List.of((String[]) rs.getArray("org_ids").getArray()));
                    result.put(id, new OrganisationReference(id, rs.getString("name"), List.copyOf(orgIds),
                            rs.getString("postcode")));
                });
        return result;
    }

    /** Every area the register knows (wards, local authorities and above), code to name. */
    public Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM organisations.area ORDER BY code")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}

package org.thirdsectorhub.organisations.oruk;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.organisations.directory.DirectorySearch;
import org.thirdsectorhub.shared.geography.Postcode;

/**
 * The register's services, organisations and the Charity Commission classification in the shapes of
 * Open Referral UK 3.0 (the UK profile of HSDS 3.0). Only live organisations appear: not deleted, not
 * merged away, not waiting for approval. Ids that the register does not keep as uuids (taxonomy
 * terms, contacts, addresses) are name-based uuids, so they are stable between calls and releases.
 */
@Service
@Transactional(readOnly = true)
public class OpenReferral {

    public static final String TAXONOMY = "ccew";
    public static final UUID TAXONOMY_ID = stableId("taxonomy:" + TAXONOMY);
    public static final int MAX_PER_PAGE = 200;

    /** The organisations the public may see; keep in step with the directory's filter. */
    static final String LIVE = "o.deleted_at IS NULL AND o.merged_into IS NULL AND NOT o.pending_approval";

    private final JdbcClient jdbc;
    private final DirectorySearch directory;

    OpenReferral(JdbcClient jdbc, DirectorySearch directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The filters of {@code GET /openreferral/services}; blank ones are ignored. */
    public record ServiceQuery(String text, String taxonomyTermId, String taxonomyId, UUID organizationId,
            String postcode, int page, int perPage) {}

    public Map<String, Object> services(ServiceQuery query) {
        List<String> conditions = new ArrayList<>(List.of(LIVE));
        List<Object> params = new ArrayList<>();
        if (notBlank(query.text())) {
            conditions.add("(to_tsvector('english', s.name || ' ' || coalesce(s.description, '')) @@ websearch_to_tsquery('english', ?)"
                    + " OR organisations.fold(s.name) LIKE '%' || organisations.fold(?) || '%')");
            params.add(query.text().strip());
            params.add(query.text().strip().replace("%", "").replace("_", ""));
        }
        if (notBlank(query.taxonomyTermId())) {
            conditions.add("EXISTS (SELECT 1 FROM organisations.service_taxonomy st WHERE st.service = s.id AND st.code = ?)");
            params.add(termCode(query.taxonomyTermId().strip()).orElse("no such term"));
        }
        if (notBlank(query.taxonomyId()) && !query.taxonomyId().strip().equals(TAXONOMY_ID.toString())
                && !query.taxonomyId().strip().equals(TAXONOMY)) {
            conditions.add("FALSE");
        } else if (notBlank(query.taxonomyId())) {
            conditions.add("EXISTS (SELECT 1 FROM organisations.service_taxonomy st WHERE st.service = s.id AND st.taxonomy = ?)");
            params.add(TAXONOMY);
        }
        if (query.organizationId() != null) {
            conditions.add("s.organisation = ?");
            params.add(query.organizationId());
        }
        if (notBlank(query.postcode())) {
            String compact = Postcode.parse(query.postcode()).map(p -> p.value().replace(" ", ""))
                    .orElse(query.postcode().strip().toUpperCase().replace(" ", ""));
            // Without postcode centroids, proximity is approximated by the postcode district (the outward code).
            String district = compact.length() > 4 ? compact.substring(0, compact.length() - 3) : compact;
            conditions.add("(EXISTS (SELECT 1 FROM organisations.service_at_location sl JOIN organisations.location l"
                    + " ON l.id = sl.location WHERE sl.service = s.id AND replace(upper(l.postcode), ' ', '') LIKE ?)"
                    + " OR replace(upper(o.postcode), ' ', '') LIKE ?)");
            params.add(district + "%");
            params.add(district + "%");
        }
        String from = " FROM organisations.service s JOIN organisations.organisation o ON o.id = s.organisation WHERE "
                + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.perPage());
        pageParams.add((long) (query.page() - 1) * query.perPage());
        List<Map<String, Object>> contents = jdbc.sql("SELECT s.*, " + ORGANISATION_COLUMNS + from
                        + " ORDER BY s.name, s.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> {
                    Map<String, Object> service = serviceFields(rs);
                    service.put("organization", organizationFields(rs, "o_"));
                    return service;
                })
                .list();
        return page(contents, total, query.page(), query.perPage());
    }

    public Optional<Map<String, Object>> service(UUID id) {
        Optional<Map<String, Object>> found = jdbc.sql("SELECT s.*, " + ORGANISATION_COLUMNS
                        + " FROM organisations.service s JOIN organisations.organisation o ON o.id = s.organisation"
                        + " WHERE s.id = ? AND " + LIVE)
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> service = serviceFields(rs);
                    Map<String, Object> organization = organizationFields(rs, "o_");
                    organization.put("organization_identifiers", identifiers(rs.getObject("o_id", UUID.class)));
                    service.put("organization", organization);
                    service.put("_organisation", rs.getObject("o_id", UUID.class));
                    return service;
                })
                .optional();
        found.ifPresent(this::completeService);
        return found;
    }

    public Map<String, Object> organizations(String text, int page, int perPage) {
        long offset = (long) (page - 1) * perPage;
        if (notBlank(text)) {
            // Matched through the directory's search index, so text is read the same way as in the directory.
            DirectorySearch.NameOrderedMatches matches = directory.matchingIds(text.strip(), offset, perPage);
            Map<UUID, Map<String, Object>> byId = new HashMap<>();
            jdbc.sql("SELECT " + ORGANISATION_COLUMNS + " FROM organisations.organisation o WHERE o.id = ANY(?)")
                    .param(matches.ids().toArray(UUID[]::new))
                    .query((rs, n) -> byId.put(rs.getObject("o_id", UUID.class), organizationFields(rs, "o_")))
                    .list();
            List<Map<String, Object>> contents = matches.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
            return page(contents, matches.total(), page, perPage);
        }
        String where = " FROM organisations.organisation o WHERE " + LIVE;
        long total = jdbc.sql("SELECT count(*)" + where).query(Long.class).single();
        List<Map<String, Object>> contents = jdbc.sql("SELECT " + ORGANISATION_COLUMNS + where
                        + " ORDER BY o.name, o.id LIMIT ? OFFSET ?")
                .params(perPage, offset)
                .query((rs, n) -> organizationFields(rs, "o_"))
                .list();
        return page(contents, total, page, perPage);
    }

    public Optional<Map<String, Object>> organization(UUID id) {
        Optional<Map<String, Object>> found = jdbc.sql("SELECT " + ORGANISATION_COLUMNS
                        + " FROM organisations.organisation o WHERE o.id = ? AND " + LIVE)
                .param(id)
                .query((rs, n) -> organizationFields(rs, "o_"))
                .optional();
        found.ifPresent(organization -> {
            organization.put("organization_identifiers", identifiers(id));
            List<Map<String, Object>> attributes = new ArrayList<>();
            jdbc.sql("""
                    SELECT t.code, t.name, t.category FROM organisations.organisation_classification c
                    JOIN organisations.taxonomy_term t ON t.taxonomy = c.taxonomy AND t.code = c.code
                    WHERE c.organisation = ? ORDER BY t.code""")
                    .param(id)
                    .query((rs, n) -> term(rs.getString("code"), rs.getString("name"), rs.getString("category")))
                    .list()
                    .forEach(term -> attributes.add(attribute(id, "organization", term)));
            organization.put("attributes", attributes);
            List<Map<String, Object>> services = new ArrayList<>();
            for (UUID serviceId : jdbc.sql("SELECT id FROM organisations.service WHERE organisation = ? ORDER BY name, id")
                    .param(id).query(UUID.class).list()) {
                service(serviceId).ifPresent(service -> {
                    service.remove("organization");
                    services.add(service);
                });
            }
            organization.put("services", services);
        });
        return found;
    }

    public Map<String, Object> taxonomies(int page, int perPage) {
        List<Map<String, Object>> contents = page == 1 ? List.of(taxonomyFields()) : List.of();
        return page(contents, 1, page, perPage);
    }

    public Optional<Map<String, Object>> taxonomy(String id) {
        if (!id.equals(TAXONOMY_ID.toString()) && !id.equals(TAXONOMY)) {
            return Optional.empty();
        }
        Map<String, Object> taxonomy = taxonomyFields();
        taxonomy.put("taxonomy_terms", allTerms(Integer.MAX_VALUE, 0));
        return Optional.of(taxonomy);
    }

    public Map<String, Object> taxonomyTerms(String taxonomyId, int page, int perPage) {
        if (notBlank(taxonomyId) && !taxonomyId.strip().equals(TAXONOMY_ID.toString()) && !taxonomyId.strip().equals(TAXONOMY)) {
            return page(List.of(), 0, page, perPage);
        }
        long total = jdbc.sql("SELECT count(*) FROM organisations.taxonomy_term WHERE taxonomy = ?").param(TAXONOMY)
                .query(Long.class).single();
        return page(allTerms(perPage, (long) (page - 1) * perPage), total, page, perPage);
    }

    public Optional<Map<String, Object>> taxonomyTerm(String id) {
        return termCode(id).flatMap(code -> jdbc.sql(
                        "SELECT code, name, category FROM organisations.taxonomy_term WHERE taxonomy = ? AND code = ?")
                .params(TAXONOMY, code)
                .query((rs, n) -> term(rs.getString("code"), rs.getString("name"), rs.getString("category")))
                .optional());
    }

    /** The stable uuid of a Charity Commission classification code, as published in {@code taxonomy_term.id}. */
    public static UUID termId(String code) {
        return stableId("taxonomy-term:" + TAXONOMY + ":" + code);
    }

    private Optional<String> termCode(String idOrCode) {
        if (idOrCode.matches("[0-9]{3}")) {
            return Optional.of(idOrCode);
        }
        return jdbc.sql("SELECT code FROM organisations.taxonomy_term WHERE taxonomy = ?").param(TAXONOMY)
                .query(String.class).list().stream().filter(code -> termId(code).toString().equalsIgnoreCase(idOrCode))
                .findFirst();
    }

    private List<Map<String, Object>> allTerms(long limit, long offset) {
        return jdbc.sql("SELECT code, name, category FROM organisations.taxonomy_term WHERE taxonomy = ? ORDER BY code LIMIT ? OFFSET ?")
                .params(TAXONOMY, limit, offset)
                .query((rs, n) -> term(rs.getString("code"), rs.getString("name"), rs.getString("category")))
                .list();
    }

    private static Map<String, Object> taxonomyFields() {
        Map<String, Object> taxonomy = new LinkedHashMap<>();
        taxonomy.put("id", TAXONOMY_ID.toString());
        taxonomy.put("name", "Charity Commission classification");
        taxonomy.put("description", "What charities do, who they help and how: the Charity Commission for England and"
                + " Wales's classification of purposes (1xx), beneficiaries (2xx) and activities (3xx).");
        taxonomy.put("uri", "https://register-of-charities.charitycommission.gov.uk/");
        taxonomy.put("version", "1");
        return taxonomy;
    }

    private static Map<String, Object> term(String code, String name, String category) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", termId(code).toString());
        term.put("name", name);
        term.put("description", name + " (" + category + ")");
        term.put("taxonomy", TAXONOMY);
        term.put("taxonomy_id", TAXONOMY_ID.toString());
        term.put("term", code);
        return term;
    }

    private static Map<String, Object> attribute(UUID linkId, String linkType, Map<String, Object> term) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("id", stableId("attribute:" + linkId + ":" + term.get("id")).toString());
        attribute.put("link_id", linkId.toString());
        attribute.put("taxonomy_term_id", term.get("id"));
        attribute.put("link_type", linkType);
        attribute.put("taxonomy_term", term);
        return attribute;
    }

    private void completeService(Map<String, Object> service) {
        UUID id = UUID.fromString((String) service.get("id"));
        UUID organisation = (UUID) service.remove("_organisation");
        service.put("schedules", jdbc.sql("""
                SELECT id, freq, byday, opens_at, closes_at, description FROM organisations.schedule
                WHERE service = ? ORDER BY opens_at NULLS LAST, id""")
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> schedule = new LinkedHashMap<>();
                    schedule.put("id", rs.getObject("id", UUID.class).toString());
                    schedule.put("service_id", id.toString());
                    put(schedule, "freq", rs.getString("freq"));
                    put(schedule, "byday", rs.getString("byday"));
                    put(schedule, "opens_at", rs.getString("opens_at"));
                    put(schedule, "closes_at", rs.getString("closes_at"));
                    put(schedule, "description", rs.getString("description"));
                    return schedule;
                })
                .list());
        service.put("service_at_locations", jdbc.sql("""
                SELECT sl.id AS link, l.* FROM organisations.service_at_location sl
                JOIN organisations.location l ON l.id = sl.location WHERE sl.service = ? ORDER BY l.name, l.id""")
                .param(id)
                .query((rs, n) -> {
                    UUID locationId = rs.getObject("id", UUID.class);
                    Map<String, Object> location = new LinkedHashMap<>();
                    location.put("id", locationId.toString());
                    location.put("location_type", "physical");
                    put(location, "name", rs.getString("name"));
                    put(location, "description", rs.getString("description"));
                    putNumber(location, "latitude", rs.getBigDecimal("latitude"));
                    putNumber(location, "longitude", rs.getBigDecimal("longitude"));
                    if (rs.getString("postcode") != null) {
                        Map<String, Object> address = new LinkedHashMap<>();
                        address.put("id", stableId("address:" + locationId).toString());
                        address.put("location_id", locationId.toString());
                        address.put("address_1", orElse(rs.getString("address_line"), rs.getString("name")));
                        address.put("city", orElse(rs.getString("town"), "Milton Keynes"));
                        address.put("state_province", "England");
                        address.put("postal_code", rs.getString("postcode"));
                        address.put("country", "GB");
                        address.put("address_type", "physical");
                        location.put("addresses", List.of(address));
                    }
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("id", rs.getObject("link", UUID.class).toString());
                    link.put("service_id", id.toString());
                    link.put("location_id", locationId.toString());
                    link.put("location", location);
                    return link;
                })
                .list());
        service.put("contacts", jdbc.sql("""
                SELECT position, name, role FROM organisations.organisation_contact WHERE organisation = ? ORDER BY position""")
                .param(organisation)
                .query((rs, n) -> {
                    Map<String, Object> contact = new LinkedHashMap<>();
                    contact.put("id", stableId("contact:" + id + ":" + rs.getInt("position")).toString());
                    contact.put("service_id", id.toString());
                    put(contact, "name", rs.getString("name"));
                    put(contact, "title", rs.getString("role"));
                    return contact;
                })
                .list());
        service.put("attributes", jdbc.sql("""
                SELECT t.code, t.name, t.category FROM organisations.service_taxonomy st
                JOIN organisations.taxonomy_term t ON t.taxonomy = st.taxonomy AND t.code = st.code
                WHERE st.service = ? ORDER BY t.code""")
                .param(id)
                .query((rs, n) -> attribute(id, "service",
                        term(rs.getString("code"), rs.getString("name"), rs.getString("category"))))
                .list());
    }

    private List<Map<String, Object>> identifiers(UUID organisation) {
        return jdbc.sql("SELECT scheme, identifier FROM organisations.organisation_identifier WHERE organisation = ? ORDER BY 1, 2")
                .param(organisation)
                .query((rs, n) -> {
                    Map<String, Object> identifier = new LinkedHashMap<>();
                    String scheme = rs.getString("scheme");
                    identifier.put("id", stableId("identifier:" + organisation + ":" + scheme + ":"
                            + rs.getString("identifier")).toString());
                    identifier.put("organization_id", organisation.toString());
                    identifier.put("identifier_scheme", scheme);
                    identifier.put("identifier_type", scheme);
                    identifier.put("identifier", rs.getString("identifier"));
                    return identifier;
                })
                .list();
    }

    private static final String ORGANISATION_COLUMNS = "o.id AS o_id, o.name AS o_name, o.description AS o_description,"
            + " o.email AS o_email, o.website AS o_website";

    private static Map<String, Object> serviceFields(ResultSet rs) throws SQLException {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", rs.getObject("id", UUID.class).toString());
        service.put("organization_id", rs.getObject("organisation", UUID.class).toString());
        service.put("name", rs.getString("name"));
        service.put("description", orElse(rs.getString("description"), ""));
        put(service, "url", uri(rs.getString("url")));
        put(service, "email", email(rs.getString("email")));
        service.put("status", rs.getString("status"));
        put(service, "fees", rs.getString("fees"));
        Timestamp modified = rs.getTimestamp("updated_at");
        if (modified != null) {
            service.put("last_modified", DateTimeFormatter.ISO_INSTANT.format(modified.toInstant()));
        }
        return service;
    }

    private static Map<String, Object> organizationFields(ResultSet rs, String prefix) throws SQLException {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", rs.getObject(prefix + "id", UUID.class).toString());
        organization.put("name", rs.getString(prefix + "name"));
        organization.put("description", orElse(rs.getString(prefix + "description"), ""));
        put(organization, "email", email(rs.getString(prefix + "email")));
        put(organization, "website", uri(rs.getString(prefix + "website")));
        return organization;
    }

    static Map<String, Object> page(List<Map<String, Object>> contents, long total, int page, int perPage) {
        Map<String, Object> answer = new LinkedHashMap<>();
        long pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
        answer.put("total_items", total);
        answer.put("total_pages", pages);
        answer.put("page_number", page);
        answer.put("size", contents.size());
        answer.put("first_page", page == 1);
        answer.put("last_page", page >= pages);
        answer.put("empty", contents.isEmpty());
        answer.put("contents", contents);
        return answer;
    }

    /** A web address only when it is an absolute http(s) URI, as the schema's "uri" format needs. */
    static String uri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String candidate = value.strip();
        if (!candidate.matches("(?i)^https?://.*")) {
            candidate = "https://" + candidate;
        }
        try {
            URI parsed = new URI(candidate);
            return parsed.getHost() == null ? null : parsed.toString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static String email(String value) {
        return value != null && value.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? value.strip() : null;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putNumber(Map<String, Object> map, String key, BigDecimal value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(("thirdsectorhub:" + name).getBytes(StandardCharsets.UTF_8));
    }
}

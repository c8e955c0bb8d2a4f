package org.thirdsectorhub.organisations.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;

/**
 * The public directory's search: PostgreSQL full text (names weighted above descriptions), trigram
 * similarity for misspelt names, exact registration numbers and postcodes, and facet counts.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    private static final String FROM = """
             FROM organisations.organisation o
             LEFT JOIN organisations.classification c ON c.organisation = o.id AND c.current
             LEFT JOIN organisations.area w ON w.code = o.ward_code
            """;

    private final JdbcClient jdbc;

    DirectorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DirectoryResult search(DirectoryQuery query, boolean withFacets) {
        Filter filter = filter(query);
        long total = jdbc.sql("SELECT count(*)" + FROM + filter.where()).params(filter.params()).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(filter.scoreParams());
        pageParams.addAll(filter.params());
        pageParams.add(query.size());
        pageParams.add(query.offset());
        List<DirectoryEntry> items = jdbc.sql("SELECT o.id, o.name, o.legal_form, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,"
                        + " coalesce(c.third_sector, FALSE) AS third_sector, o.description, o.town, o.postcode, o.ward_code,"
                        + " w.name AS ward_name, o.income_band, " + filter.score() + " AS score"
                        + FROM + filter.where() + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new DirectoryEntry(rs.getObject("id", java.util.UUID.class), rs.getString("name"),
                        rs.getString("legal_form"), rs.getString("kind"), rs.getBoolean("third_sector"),
                        rs.getString("description"), rs.getString("town"), rs.getString("postcode"),
                        rs.getString("ward_code"), rs.getString("ward_name"), rs.getString("income_band")))
                .list();
        Map<String, List<DirectoryResult.FacetCount>> facets = withFacets ? facets(filter) : Map.of();
        return new DirectoryResult(items, total, query.page(), query.size(), facets);
    }

    private Map<String, List<DirectoryResult.FacetCount>> facets(Filter filter) {
        Map<String, List<DirectoryResult.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", count("coalesce(c.kind, 'NOT_THIRD_SECTOR')", "NULL", "", filter));
        facets.put("legalForm", count("o.legal_form", "NULL", "", filter));
        facets.put("ward", count("o.ward_code", "w.name", "", filter));
        facets.put("incomeBand", count("o.income_band", "NULL", "", filter));
        facets.put("purpose", count("t.code", "t.name",
                " JOIN organisations.organisation_classification oc ON oc.organisation = o.id"
                        + " JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code AND t.category = 'theme'",
                filter));
        facets.put("beneficiary", count("t.code", "t.name",
                " JOIN organisations.organisation_classification oc ON oc.organisation = o.id"
                        + " JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code AND t.category = 'beneficiaries'",
                filter));
        facets.put("qualityMark", count("q.mark", "NULL",
                " JOIN organisations.organisation_quality_mark q ON q.organisation = o.id", filter));
        return facets;
    }

    private List<DirectoryResult.FacetCount> count(String value, String label, String join, Filter filter) {
        return jdbc.sql("SELECT " + value + " AS value, " + label + " AS label, count(*) AS n" + FROM + join + filter.where()
                        + " AND " + value + " IS NOT NULL GROUP BY 1, 2 ORDER BY n DESC, 1")
                .params(filter.params())
                .query((rs, n) -> new DirectoryResult.FacetCount(rs.getString("value"), rs.getString("label"), rs.getLong("n")))
                .list();
    }

    private static String order(DirectoryQuery query) {
        return switch (query.sort()) {
            case NAME -> "o.name, o.id";
            case NEWEST -> "o.created_at DESC, o.id";
            case RELEVANCE -> "score DESC, o.name, o.id";
        };
    }

    private static Filter filter(DirectoryQuery query) {
        List<String> conditions = new ArrayList<>(List.of("o.deleted_at IS NULL", "o.merged_into IS NULL"));
        conditions.add("NOT o.pending_approval"); // register curation: new groups appear once an officer approves them
        List<Object> params = new ArrayList<>();
        String score = "0";
        List<Object> scoreParams = new ArrayList<>();
        String q = query.q();
        if (!q.isEmpty()) {
            Optional<Postcode> postcode = Postcode.parse(q);
            Optional<OrgId> orgId = OrgId.parse(q);
            if (postcode.isPresent()) {
                conditions.add("replace(upper(o.postcode), ' ', '') = ?");
                params.add(postcode.get().value().replace(" ", ""));
            } else if (q.matches("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]?$")) {
                conditions.add("replace(upper(o.postcode), ' ', '') LIKE ?");
                params.add(q.toUpperCase() + "%");
                conditions.add("length(replace(o.postcode, ' ', '')) = length(?) + 3");
                params.add(q);
            } else if (orgId.isPresent()) {
                conditions.add("EXISTS (SELECT 1 FROM organisations.organisation_identifier i WHERE i.organisation = o.id"
                        + " AND i.scheme = ? AND i.identifier = ?)");
                params.add(orgId.get().scheme().prefix());
                params.add(orgId.get().identifier());
            } else if (q.matches("(?i)^(SC)?[0-9]{5,8}$")) {
                conditions.add("EXISTS (SELECT 1 FROM organisations.organisation_identifier i WHERE i.organisation = o.id"
                        + " AND i.identifier = ?)");
                params.add(q.toUpperCase());
            } else {
                conditions.add("(o.search_vector @@ websearch_to_tsquery('english', ?)"
                        + " OR organisations.fold(?) <% organisations.fold(o.search_names)"
                        + " OR organisations.fold(o.name) % organisations.fold(?))");
                params.add(q);
                params.add(q);
                params.add(q);
                score = "(ts_rank(o.search_vector, websearch_to_tsquery('english', ?))"
                        + " + word_similarity(organisations.fold(?), organisations.fold(o.search_names))"
                        + " + similarity(organisations.fold(o.name), organisations.fold(?)))";
                scoreParams.add(q);
                scoreParams.add(q);
                scoreParams.add(q);
            }
        }
        add(conditions, params, "coalesce(c.kind, 'NOT_THIRD_SECTOR') = ?", query.kind());
        add(conditions, params, "o.legal_form = ?", query.legalForm());
        add(conditions, params, "o.ward_code = ?", query.ward());
        add(conditions, params, "o.income_band = ?", query.incomeBand());
        add(conditions, params, "EXISTS (SELECT 1 FROM organisations.organisation_classification p WHERE p.organisation = o.id"
                + " AND p.taxonomy = 'ccew' AND p.code = ?)", query.purpose());
        add(conditions, params, "EXISTS (SELECT 1 FROM organisations.organisation_classification b WHERE b.organisation = o.id"
                + " AND b.taxonomy = 'ccew' AND b.code = ?)", query.beneficiary());
        add(conditions, params, "EXISTS (SELECT 1 FROM organisations.organisation_quality_mark m WHERE m.organisation = o.id"
                + " AND m.mark = ?)", query.qualityMark());
        return new Filter(" WHERE " + String.join(" AND ", conditions), params, score, scoreParams);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, String value) {
        if (!value.isEmpty()) {
            conditions.add(condition);
            params.add(value);
        }
    }

    private record Filter(String where, List<Object> params, String score, List<Object> scoreParams) {}
}

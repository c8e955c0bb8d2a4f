package org.thirdsectorhub.organisations.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.organisations.OrganisationRegistered;
import org.thirdsectorhub.organisations.OrganisationUpdated;
import org.thirdsectorhub.organisations.OrganisationsMerged;
import org.thirdsectorhub.organisations.RegisterImported;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;

/**
 * The public directory's search: PostgreSQL full text (names weighted above descriptions), then trigram
 * similarity for misspelt names when the words as written find nothing, exact registration numbers and
 * postcodes, and facet counts (those of the whole, unfiltered directory kept for 30 seconds).
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
    private final ShortLived<Map<String, List<DirectoryResult.FacetCount>>> unfilteredFacets =
            new ShortLived<>(Duration.ofSeconds(30));
    private final ShortLived<Long> unfilteredTotal = new ShortLived<>(Duration.ofSeconds(30));

    DirectorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DirectoryResult search(DirectoryQuery query, boolean withFacets) {
        Filter filter = filter(query, false);
        Page page = page(query, filter);
        if (page.total() == 0 && filter.words()) {
            // Nothing matched the words as written: try again tolerating misspellings, which costs more.
            filter = filter(query, true);
            page = page(query, filter);
        }
        Filter matching = filter;
        Map<String, List<DirectoryResult.FacetCount>> facets = !withFacets ? Map.of()
                : matching.unfiltered() ? unfilteredFacets.get(() -> facets(matching)) : facets(matching);
        return new DirectoryResult(page.items(), page.total(), query.page(), query.size(), facets);
    }

    /** Drops the kept totals and facets, so a change to the register shows at once. */
    @EventListener({OrganisationRegistered.class, OrganisationUpdated.class, OrganisationsMerged.class,
            RegisterImported.class})
    public void forgetKeptCounts() {
        unfilteredFacets.forget();
        unfilteredTotal.forget();
    }

    private Page page(DirectoryQuery query, Filter filter) {
        if (filter.unfiltered()) {
            return unfilteredPage(query, filter);
        }
        List<Object> pageParams = new ArrayList<>(filter.scoreParams());
        pageParams.addAll(filter.params());
        pageParams.add(query.size());
        pageParams.add(query.offset());
        long[] total = {-1};
        List<DirectoryEntry> items = jdbc.sql("SELECT o.id, o.name, o.legal_form, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,"
                        + " coalesce(c.third_sector, FALSE) AS third_sector, o.description, o.town, o.postcode, o.ward_code,"
                        + " w.name AS ward_name, o.income_band, " + filter.score() + " AS score, count(*) OVER () AS total"
                        + FROM + filter.where() + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new DirectoryEntry(rs.getObject("id", java.util.UUID.class), rs.getString("name"),
                            rs.getString("legal_form"), rs.getString("kind"), rs.getBoolean("third_sector"),
                            rs.getString("description"), rs.getString("town"), rs.getString("postcode"),
                            rs.getString("ward_code"), rs.getString("ward_name"), rs.getString("income_band"));
                })
                .list();
        if (total[0] < 0) {
            total[0] = query.offset() == 0 ? 0
                    : jdbc.sql("SELECT count(*)" + FROM + filter.where()).params(filter.params()).query(Long.class).single();
        }
        return new Page(items, total[0]);
    }

    /**
     * The whole directory, page by page: a window count over every organisation on every request would
     * cost more than the page itself, so the total is kept for a short while like the facets.
     */
    private Page unfilteredPage(DirectoryQuery query, Filter filter) {
        long total = unfilteredTotal.get(() ->
                jdbc.sql("SELECT count(*)" + FROM + filter.where()).params(filter.params()).query(Long.class).single());
        List<DirectoryEntry> items = jdbc.sql("SELECT o.id, o.name, o.legal_form, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,"
                        + " coalesce(c.third_sector, FALSE) AS third_sector, o.description, o.town, o.postcode, o.ward_code,"
                        + " w.name AS ward_name, o.income_band, 0 AS score"
                        + FROM + filter.where() + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?")
                .params(List.of(query.size(), query.offset()))
                .query((rs, n) -> new DirectoryEntry(rs.getObject("id", java.util.UUID.class), rs.getString("name"),
                        rs.getString("legal_form"), rs.getString("kind"), rs.getBoolean("third_sector"),
                        rs.getString("description"), rs.getString("town"), rs.getString("postcode"),
                        rs.getString("ward_code"), rs.getString("ward_name"), rs.getString("income_band")))
                .list();
        return new Page(items, total);
    }

    /** Every facet's counts over the matching organisations, in one round trip. */
    private Map<String, List<DirectoryResult.FacetCount>> facets(Filter filter) {
        String matched = "WITH matched AS MATERIALIZED (SELECT o.id, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,"
                + " o.legal_form, o.ward_code, w.name AS ward_name, o.income_band" + FROM + filter.where() + ") ";
        String sql = matched + """
                SELECT 'kind' AS facet, kind AS value, NULL AS label, count(*) AS n FROM matched GROUP BY kind
                UNION ALL SELECT 'legalForm', legal_form, NULL, count(*) FROM matched GROUP BY legal_form
                UNION ALL SELECT 'ward', ward_code, ward_name, count(*) FROM matched WHERE ward_code IS NOT NULL
                    GROUP BY ward_code, ward_name
                UNION ALL SELECT 'incomeBand', income_band, NULL, count(*) FROM matched WHERE income_band IS NOT NULL
                    GROUP BY income_band
                UNION ALL SELECT CASE t.category WHEN 'theme' THEN 'purpose' ELSE 'beneficiary' END, t.code, t.name, count(*)
                    FROM matched m JOIN organisations.organisation_classification oc ON oc.organisation = m.id
                    JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                    WHERE t.category IN ('theme', 'beneficiaries') GROUP BY t.category, t.code, t.name
                UNION ALL SELECT 'qualityMark', q.mark, NULL, count(*) FROM matched m
                    JOIN organisations.organisation_quality_mark q ON q.organisation = m.id GROUP BY q.mark""";
        Map<String, List<DirectoryResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : List.of("kind", "legalForm", "ward", "incomeBand", "purpose", "beneficiary", "qualityMark")) {
            facets.put(name, new ArrayList<>());
        }
        jdbc.sql(sql).params(filter.params()).query((rs, n) -> facets.get(rs.getString("facet")).add(
                new DirectoryResult.FacetCount(rs.getString("value"), rs.getString("label"), rs.getLong("n")))).list();
        facets.values().forEach(counts -> counts.sort(Comparator.comparingLong(DirectoryResult.FacetCount::count).reversed()
                .thenComparing(DirectoryResult.FacetCount::value)));
        facets.replaceAll((name, counts) -> List.copyOf(counts));
        return Map.copyOf(facets);
    }

    private static String order(DirectoryQuery query) {
        return switch (query.sort()) {
            case NAME -> "o.name, o.id";
            case NEWEST -> "o.created_at DESC, o.id";
            case RELEVANCE -> "score DESC, o.name, o.id";
        };
    }

    private static Filter filter(DirectoryQuery query, boolean fuzzy) {
        List<String> conditions = new ArrayList<>(List.of("o.deleted_at IS NULL", "o.merged_into IS NULL"));
        conditions.add("NOT o.pending_approval"); // register curation: new groups appear once an officer approves them
        List<Object> params = new ArrayList<>();
        String score = "0";
        List<Object> scoreParams = new ArrayList<>();
        boolean words = false;
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
            } else if (fuzzy) {
                conditions.add("(organisations.fold(?) <% organisations.fold(o.search_names)"
                        + " OR organisations.fold(o.name) % organisations.fold(?))");
                params.add(q);
                params.add(q);
                score = "(word_similarity(organisations.fold(?), organisations.fold(o.search_names))"
                        + " + similarity(organisations.fold(o.name), organisations.fold(?)))";
                scoreParams.add(q);
                scoreParams.add(q);
            } else {
                words = true;
                conditions.add("o.search_vector @@ websearch_to_tsquery('english', ?)");
                params.add(q);
                score = "ts_rank(o.search_vector, websearch_to_tsquery('english', ?))";
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
        boolean unfiltered = q.isEmpty() && params.isEmpty();
        return new Filter(" WHERE " + String.join(" AND ", conditions), params, score, scoreParams, words, unfiltered);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, String value) {
        if (!value.isEmpty()) {
            conditions.add(condition);
            params.add(value);
        }
    }

    private record Filter(String where, List<Object> params, String score, List<Object> scoreParams, boolean words,
            boolean unfiltered) {}

    private record Page(List<DirectoryEntry> items, long total) {}
}

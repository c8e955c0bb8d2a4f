package org.thirdsectorhub.organisations.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the organisations the directory shows (not deleted, not merged, not awaiting approval) with
 * everything it filters, counts and sorts on, and turns each into a Lucene document.
 */
@Component
class DirectoryDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String LEGAL_FORM = "legalForm";
    static final String WARD = "ward";
    static final String INCOME_BAND = "incomeBand";
    static final String PURPOSE = "purpose";
    static final String BENEFICIARY = "beneficiary";
    static final String QUALITY_MARK = "qualityMark";
    static final String POSTCODE = "postcode";
    static final String OUTWARD_CODE = "outward";
    static final String IDENTIFIER = "identifier";
    static final String ORG_ID = "orgId";
    static final String SORT_NAME = "sortName";
    static final String CREATED = "created";
    static final SortField BY_NAME = new SortField(SORT_NAME, SortField.Type.STRING);
    static final SortField BY_ID = new SortField(ID, SortField.Type.STRING);
    /** The order the index keeps its documents in, so the directory's first pages by name cost nothing. */
    static final Sort INDEX_ORDER = new Sort(BY_NAME, BY_ID);
    static final List<String> FACETS = List.of(KIND, LEGAL_FORM, WARD, INCOME_BAND, PURPOSE, BENEFICIARY, QUALITY_MARK);

    private static final String SELECT = """
            SELECT o.id, o.name, o.legal_form, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind,
                   coalesce(c.third_sector, FALSE) AS third_sector, o.description, o.town, o.postcode, o.ward_code,
                   w.name AS ward_name, o.income_band, o.created_at,
                   concat_ws(' ', o.name,
                       (SELECT string_agg(n.name, ' ') FROM organisations.organisation_other_name n
                         WHERE n.organisation = o.id),
                       (SELECT string_agg(i.identifier, ' ') FROM organisations.organisation_identifier i
                         WHERE i.organisation = o.id)) AS search_names,
                   concat_ws(' ', o.description, o.social_purpose, o.town, o.postcode,
                       (SELECT string_agg(g.tag, ' ') FROM organisations.organisation_tag g WHERE g.organisation = o.id),
                       (SELECT string_agg(t.name, ' ') FROM organisations.organisation_classification oc
                          JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                         WHERE oc.organisation = o.id)) AS search_text,
                   ARRAY(SELECT t.category || ':' || t.code FROM organisations.organisation_classification oc
                         JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                         WHERE oc.organisation = o.id AND t.category IN ('theme', 'beneficiaries')) AS codes,
                   ARRAY(SELECT q.mark FROM organisations.organisation_quality_mark q WHERE q.organisation = o.id) AS marks,
                   ARRAY(SELECT i.scheme || ' ' || i.identifier FROM organisations.organisation_identifier i
                         WHERE i.organisation = o.id) AS identifiers
              FROM organisations.organisation o
              LEFT JOIN organisations.classification c ON c.organisation = o.id AND c.current
              LEFT JOIN organisations.area w ON w.code = o.ward_code
             WHERE o.deleted_at IS NULL AND o.merged_into IS NULL AND NOT o.pending_approval
            """;

    private final JdbcClient jdbc;

    DirectoryDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organisation the directory shows, one document at a time. */
    void everyOne(Consumer<Document> sink) {
        jdbc.sql(SELECT).withFetchSize(2_000).query(rs -> {
            sink.accept(document(rs));
        });
    }

    /** Those of the given organisations the directory shows; the others should not be in it. */
    void theseOnes(Collection<UUID> ids, Consumer<Document> sink) {
        jdbc.sql(SELECT + " AND o.id = ANY(?)").param(ids.toArray(UUID[]::new)).query(rs -> {
            sink.accept(document(rs));
        });
    }

    private Document document(ResultSet rs) throws SQLException {
        Document doc = new Document();
        String id = rs.getString("id");
        String name = rs.getString("name");
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new StoredField("name", name));
        doc.add(new SortedDocValuesField(SORT_NAME, new BytesRef(name.toLowerCase(Locale.ROOT))));
        doc.add(new NumericDocValuesField(CREATED, rs.getTimestamp("created_at").getTime()));
        doc.add(new TextField(DirectoryAnalysis.NAMES, rs.getString("search_names"), Field.Store.NO));
        doc.add(new TextField(DirectoryAnalysis.NAME_WORDS, rs.getString("search_names"), Field.Store.NO));
        doc.add(new TextField(DirectoryAnalysis.TEXT, rs.getString("search_text"), Field.Store.NO));
        keyword(doc, KIND, rs.getString("kind"));
        keyword(doc, LEGAL_FORM, rs.getString("legal_form"));
        keyword(doc, WARD, rs.getString("ward_code"));
        keyword(doc, INCOME_BAND, rs.getString("income_band"));
        stored(doc, "thirdSector", String.valueOf(rs.getBoolean("third_sector")));
        stored(doc, "description", rs.getString("description"));
        stored(doc, "town", rs.getString("town"));
        stored(doc, POSTCODE, rs.getString("postcode"));
        stored(doc, "wardName", rs.getString("ward_name"));
        postcode(doc, rs.getString("postcode"));
        for (String code : strings(rs.getArray("codes"))) {
            boolean theme = code.startsWith("theme:");
            String value = code.substring(code.indexOf(':') + 1);
            keyword(doc, theme ? PURPOSE : BENEFICIARY, value);
        }
        for (String mark : strings(rs.getArray("marks"))) {
            keyword(doc, QUALITY_MARK, mark);
        }
        for (String identifier : strings(rs.getArray("identifiers"))) {
            int space = identifier.indexOf(' ');
            String value = identifier.substring(space + 1).toUpperCase(Locale.ROOT);
            doc.add(new StringField(IDENTIFIER, value, Field.Store.NO));
            doc.add(new StringField(ORG_ID, identifier.substring(0, space).toUpperCase(Locale.ROOT) + "-" + value,
                    Field.Store.NO));
        }
        return doc;
    }

    /** Postcodes are compared without spaces, and also by their outward part (MK9, LS1). */
    static String postcodeKey(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static void postcode(Document doc, String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return;
        }
        String key = postcodeKey(postcode);
        doc.add(new StringField(POSTCODE, key, Field.Store.NO));
        if (key.length() > 3) {
            doc.add(new StringField(OUTWARD_CODE, key.substring(0, key.length() - 3), Field.Store.NO));
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(FacetCounting.FIELD, FacetCounting.value(field, value)));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

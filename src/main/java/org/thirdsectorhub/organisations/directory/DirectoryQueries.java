package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;

/**
 * Turns a directory search into Lucene queries: words (all of them, in names weighted above descriptions,
 * with quoted phrases, {@code -word} and {@code a | b} as on the old search), registration numbers, org-ids,
 * postcodes and outward codes, and the facet filters.
 */
final class DirectoryQueries {

    private static final Analyzer ANALYZER = DirectoryAnalysis.analyzer();
    private static final Analyzer WORDS = DirectoryAnalysis.words();
    private static final Map<String, Float> WEIGHTS = Map.of(DirectoryAnalysis.NAMES, 4f, DirectoryAnalysis.TEXT, 1f);

    private DirectoryQueries() {}

    /** The query for {@code q} as written, and whether it is made of words (so misspellings may be tried). */
    static Matching asWritten(DirectoryQuery query) {
        String q = query.q();
        if (q.isEmpty()) {
            Query everyOne = filtered(new MatchAllDocsQuery(), query);
            return new Matching(everyOne, false, ((BooleanQuery) everyOne).clauses().size() == 1);
        }
        Optional<Postcode> postcode = Postcode.parse(q);
        if (postcode.isPresent()) {
            return keyword(DirectoryDocuments.POSTCODE, DirectoryDocuments.postcodeKey(postcode.get().value()), query);
        }
        if (q.matches("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]?$")) {
            return keyword(DirectoryDocuments.OUTWARD_CODE, q.toUpperCase(Locale.ROOT), query);
        }
        Optional<OrgId> orgId = OrgId.parse(q);
        if (orgId.isPresent()) {
            return keyword(DirectoryDocuments.ORG_ID, (orgId.get().scheme().prefix() + "-" + orgId.get().identifier())
                    .toUpperCase(Locale.ROOT), query);
        }
        if (q.matches("(?i)^(SC)?[0-9]{5,8}$")) {
            return keyword(DirectoryDocuments.IDENTIFIER, q.toUpperCase(Locale.ROOT), query);
        }
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, WEIGHTS);
        parser.setDefaultOperator(Occur.MUST);
        Query words = parser.parse(q);
        return new Matching(filtered(words == null ? new MatchNoDocsQuery() : words, query), true, false);
    }

    /**
     * Names close to the words typed: each word may be one letter out (two in words of six letters or more,
     * a swapped pair counting as one), and in three words or more one may be missing altogether.
     */
    static Query misspelt(DirectoryQuery query) {
        List<String> words = words(query.q());
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        for (String word : words) {
            int edits = word.length() < 3 ? 0 : word.length() < 6 ? 1 : 2;
            Term term = new Term(DirectoryAnalysis.NAME_WORDS, word);
            names.add(edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, 0, 50, true), Occur.SHOULD);
        }
        names.setMinimumNumberShouldMatch(words.size() < 3 ? words.size() : words.size() - 1);
        return filtered(names.build(), query);
    }

    private static Matching keyword(String field, String value, DirectoryQuery query) {
        return new Matching(filtered(new TermQuery(new Term(field, value)), query), false, false);
    }

    private static Query filtered(Query matching, DirectoryQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(matching, Occur.MUST);
        filter(all, DirectoryDocuments.KIND, query.kind());
        filter(all, DirectoryDocuments.LEGAL_FORM, query.legalForm());
        filter(all, DirectoryDocuments.WARD, query.ward());
        filter(all, DirectoryDocuments.INCOME_BAND, query.incomeBand());
        filter(all, DirectoryDocuments.PURPOSE, query.purpose());
        filter(all, DirectoryDocuments.BENEFICIARY, query.beneficiary());
        filter(all, DirectoryDocuments.QUALITY_MARK, query.qualityMark());
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (!value.isEmpty()) {
            all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream(DirectoryAnalysis.NAME_WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * A query; whether a search with no results should be tried again tolerating misspellings; and whether
     * it is the whole directory, unfiltered.
     */
    record Matching(Query query, boolean words, boolean everyOne) {}
}

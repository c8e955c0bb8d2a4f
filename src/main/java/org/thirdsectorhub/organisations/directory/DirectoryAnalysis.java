package org.thirdsectorhub.organisations.directory;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the directory's text is cut into words. Names and descriptions are stemmed English with accents
 * folded (so "cafés" finds "Cafe"), like PostgreSQL's english configuration the directory used before;
 * the name words used for misspellings are kept whole, because edit distance is measured on what people type.
 */
final class DirectoryAnalysis {

    static final String NAMES = "names";
    static final String TEXT = "text";
    static final String NAME_WORDS = "name_words";

    private DirectoryAnalysis() {}

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new Stemmed(), Map.of(NAME_WORDS, new Whole()));
    }

    /** Words as written, lower case and without accents. */
    static Analyzer words() {
        return new Whole();
    }

    private static final class Stemmed extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Whole extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    }
}

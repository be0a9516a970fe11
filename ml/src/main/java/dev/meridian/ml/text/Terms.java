package dev.meridian.ml.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.regex.Pattern;

/**
 * Splits text into index terms with Lucene's analysis chain. Identifiers are split into their parts
 * ({@code FileSystem.open} gives {@code filesystem.open}, {@code file}, {@code system}, {@code open}) and the whole
 * identifier is kept too, so "FileSystem" in prose matches {@code FileSystem} in a stack trace.
 */
public final class Terms {

    private static final Pattern LONG_NUMBER = Pattern.compile("^\\d{5,}$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final int SPLIT_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new PatternReplaceFilter(source, EDGE_PUNCTUATION, "", true);
            stream = new WordDelimiterGraphFilter(stream, SPLIT_FLAGS, null);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PatternReplaceFilter(stream, LONG_NUMBER, "", true);
            stream = new LengthFilter(stream, 2, 60);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    private Terms() {
    }

    public static List<String> of(String text) {
        var terms = new ArrayList<String>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

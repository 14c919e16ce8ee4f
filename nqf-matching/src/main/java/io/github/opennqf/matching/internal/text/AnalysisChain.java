package io.github.opennqf.matching.internal.text;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The per-language Lucene chains used by {@link TextAnalysis}, built only from Lucene's analysis
 * components, plus the two steps every chain shares: soft hyphens (U+00AD, left in text copied from
 * PDFs and word processors) are deleted before tokenizing, and emoji tokens, which
 * {@link StandardTokenizer} emits since Unicode 9 support, are dropped.
 *
 * <p>Thread-safe as every Lucene analyzer is: each thread gets its own reused token streams.
 */
final class AnalysisChain extends Analyzer {
    private static final String EMOJI_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];
    private static final NormalizeCharMap SOFT_HYPHEN = charMap(false);
    private static final NormalizeCharMap SOFT_HYPHEN_AND_YO = charMap(true);
    private static final CharArraySet RUSSIAN_STOP_WORDS = russianStopWords();

    /** How a chain stems, if at all. */
    enum Stemming {
        NONE,
        /** {@link PorterStemFilter}, as in {@link EnglishAnalyzer}, then {@link EnglishDerivation}. */
        PORTER,
        /** Snowball's Russian stemmer, as in {@link RussianAnalyzer}, then {@link RussianDerivation}. */
        SNOWBALL_RUSSIAN
    }

    private final NormalizeCharMap charMap;
    private final boolean englishPossessive;
    private final boolean asciiFolding;
    private final @Nullable CharArraySet stopWords;
    private final Stemming stemming;

    private AnalysisChain(NormalizeCharMap charMap, boolean englishPossessive, boolean asciiFolding,
            @Nullable CharArraySet stopWords, Stemming stemming) {
        this.charMap = charMap;
        this.englishPossessive = englishPossessive;
        this.asciiFolding = asciiFolding;
        this.stopWords = stopWords;
        this.stemming = stemming;
    }

    /**
     * {@link EnglishAnalyzer}'s chain (possessive, lower case, its stop set, Porter) with
     * {@link ASCIIFoldingFilter} after lower-casing so "naïve" meets "naive", and with
     * {@link EnglishDerivation} after Porter so "biology" meets "biologist".
     */
    static AnalysisChain english(boolean stem) {
        return new AnalysisChain(SOFT_HYPHEN, true, true, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                stem ? Stemming.PORTER : Stemming.NONE);
    }

    /**
     * {@link RussianAnalyzer}'s chain (lower case, its stop set, Snowball Russian) with ё folded to
     * е first, and with {@link RussianDerivation} after Snowball so that "разрабатывает" meets
     * "разработка"; the stop set also holds the folded spellings.
     */
    static AnalysisChain russian(boolean stem) {
        return new AnalysisChain(SOFT_HYPHEN_AND_YO, false, false, RUSSIAN_STOP_WORDS,
                stem ? Stemming.SNOWBALL_RUSSIAN : Stemming.NONE);
    }

    /** {@link KazakhAnalyzer}'s chain without the stemmer. */
    static AnalysisChain kazakhUnstemmed() {
        return new AnalysisChain(SOFT_HYPHEN, false, false, KazakhAnalyzer.getDefaultStopSet(), Stemming.NONE);
    }

    /** Tokenize and lower-case only, for languages without a chain of their own. */
    static AnalysisChain generic() {
        return new AnalysisChain(SOFT_HYPHEN, false, false, null, Stemming.NONE);
    }

    /**
     * The field name under which {@link TextAnalysis} passes a text holding none of the characters
     * the char maps replace (see {@link #needsCharMap}): its reader is used as it is, since the
     * mapping would change nothing, not even an offset. Lucene's {@code MappingCharFilter} reads
     * one character at a time, and was an eighth of a command-line ranking's analysis time.
     */
    static final String UNMAPPED_FIELD = "unmapped";

    /** @return whether the text holds a soft hyphen, ё or Ё: a character some char map replaces */
    static boolean needsCharMap(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == 'ё' || c == 'Ё') {
                return true;
            }
        }
        return false;
    }

    /** Deletes soft hyphens from the text before tokenizing, unless it has none ({@link #UNMAPPED_FIELD}). */
    static Reader withoutSoftHyphens(String fieldName, Reader reader) {
        return UNMAPPED_FIELD.equals(fieldName) ? reader : new MappingCharFilter(SOFT_HYPHEN, reader);
    }

    /** Drops the tokens {@link StandardTokenizer} types as emoji. */
    static TokenStream withoutEmoji(TokenStream stream) {
        return new TypeTokenFilter(stream, Set.of(EMOJI_TYPE));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return UNMAPPED_FIELD.equals(fieldName) ? reader : new MappingCharFilter(charMap, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = withoutEmoji(source);
        if (englishPossessive) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (asciiFolding) {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (stopWords != null) {
            stream = new StopFilter(stream, stopWords);
        }
        switch (stemming) {
            case PORTER:
                stream = new RootFilter(new PorterStemFilter(stream), EnglishDerivation::root);
                break;
            case SNOWBALL_RUSSIAN:
                stream = new RootFilter(new SnowballFilter(stream, new RussianStemmer()), RussianDerivation::root);
                break;
            case NONE:
            default:
                break;
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return asciiFolding ? new ASCIIFoldingFilter(stream) : stream;
    }

    private static NormalizeCharMap charMap(boolean foldYo) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("\u00AD", "");
        if (foldYo) {
            builder.add("ё", "е");
            builder.add("Ё", "Е");
        }
        return builder.build();
    }

    private static CharArraySet russianStopWords() {
        CharArraySet words = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        for (Object word : RussianAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) word).replace('ё', 'е'));
        }
        return CharArraySet.unmodifiableSet(words);
    }
}

package io.github.opennqf.matching.internal.text;

import io.github.opennqf.internal.Check;
import io.github.opennqf.matching.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text in English, Russian or Kazakh into the terms the matcher compares, with Lucene's
 * analysis chains: built once, reused by any number of threads.
 *
 * <pre>{@code
 * TextAnalysis analysis = TextAnalysis.of(TextAnalysisOptions.DEFAULTS);
 * analysis.analyze("Developing software", "en").terms();           // [develop, softwar]
 * analysis.analyze("Разработка программного обеспечения", null);   // ru: [разработ, программ, обеспеч]
 * analysis.analyze("Білімдерін бағалау", "kk").terms();            // [білім, бағалау] + n-grams
 * }</pre>
 *
 * <p>The language is the tag's primary subtag ({@code "ru-KZ"} is Russian; the ISO 639-2 codes
 * {@code kaz}, {@code rus} and {@code eng} are accepted too), or, for a {@code null} tag, what
 * {@link LanguageDetector} finds. A given tag is trusted, not checked against the text. Chains:
 * <ul>
 *   <li>English: {@code EnglishAnalyzer}'s chain (possessive filter, lower case, its stop set,
 *       Porter stemmer) plus ASCII folding, and {@link EnglishDerivation} after Porter so that a field
 *       and its practitioner ("biology", "biologist") share a root.</li>
 *   <li>Russian: ё folded to е, then {@code RussianAnalyzer}'s chain (lower case, its stop set,
 *       Snowball Russian stemmer), and {@link RussianDerivation} after Snowball so that a verb and
 *       its verbal noun ("разрабатывает", "разработка") share a root; with stemming off, the same
 *       chain without the stemmer and without derivation.</li>
 *   <li>Kazakh: {@link KazakhAnalyzer} (lower case, Kazakh stop list, {@link KazakhLightStemmer},
 *       then {@link KazakhVerbForms} so that "жобалайды" and "жобалау" share a root), or
 *       without the stemmer; plus the character n-grams of each term between the markers {@code ^}
 *       and {@code $} (so "білім" gives "^бі", "^біл", …, "лім$", "ім$"), made by Lucene's
 *       {@link NGramTokenFilter}, so that forms the light stemmer misses still overlap.</li>
 *   <li>Any other language, and {@code "und"}: tokenize and lower-case only.</li>
 * </ul>
 * Every chain deletes soft hyphens and drops emoji tokens.
 *
 * <p>{@link #spans(String, String)} gives the same terms with where each was written (Lucene's
 * offsets), so that explanations can show the words a user wrote rather than their stems.
 *
 * <p>Input is bounded: only the first {@value #MAX_ANALYZED_CHARS} characters of a longer text are
 * analysed (and detected), never splitting a surrogate pair, and the result says it was
 * {@linkplain AnalyzedText#truncated() truncated}. Any {@code String}, including empty text, white
 * space, control characters, unpaired surrogates, emoji and mixed scripts, gets a result and never
 * an exception.
 *
 * <p>Immutable and thread-safe: Lucene analyzers give each thread its own reused token streams, so
 * one instance serves all threads. A {@code null} text, or a language tag that is blank or not
 * well-formed BCP 47, gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class TextAnalysis {
    /** Texts longer than this many UTF-16 characters are truncated to it before analysis. */
    public static final int MAX_ANALYZED_CHARS = 100_000;

    private static final String FIELD = "text";
    /** Longer than any term StandardTokenizer emits (255) plus the two markers. */
    private static final int MAX_MARKED_TERM = 512;

    private final TextAnalysisOptions options;
    private final Analyzer english;
    private final Analyzer russian;
    private final Analyzer kazakh;
    private final Analyzer generic;
    private final Analyzer kazakhGrams;

    private TextAnalysis(TextAnalysisOptions options) {
        this.options = options;
        this.english = AnalysisChain.english(options.englishStemming());
        this.russian = AnalysisChain.russian(options.russianStemming());
        this.kazakh = options.kazakhStemming() ? new KazakhAnalyzer() : AnalysisChain.kazakhUnstemmed();
        this.generic = AnalysisChain.generic();
        this.kazakhGrams = gramAnalyzer(options.kazakhMinGram(), options.kazakhMaxGram());
    }

    /**
     * @param options the stemming and n-gram settings
     * @return an analysis with those settings
     * @throws io.github.opennqf.InvalidValueException if {@code options} is {@code null}
     */
    public static TextAnalysis of(TextAnalysisOptions options) {
        return new TextAnalysis(Check.notNull(options, "options"));
    }

    /** @return an analysis with {@link TextAnalysisOptions#DEFAULTS} */
    public static TextAnalysis ofDefaults() {
        return of(TextAnalysisOptions.DEFAULTS);
    }

    /** @return the settings */
    public TextAnalysisOptions options() {
        return options;
    }

    /**
     * Analyses a text in the language {@link LanguageDetector} finds.
     *
     * @param text any text
     * @return the analysis
     * @throws io.github.opennqf.InvalidValueException if {@code text} is {@code null}
     */
    public AnalyzedText analyze(String text) {
        return analyze(text, null);
    }

    /**
     * Analyses a text.
     *
     * @param text any text
     * @param languageTag a BCP 47 tag such as {@code "kk"} or {@code "ru-KZ"}, or {@code null} to
     *     detect the language
     * @return the analysis
     * @throws io.github.opennqf.InvalidValueException if {@code text} is {@code null}, or the tag is
     *     blank or not well-formed
     */
    public AnalyzedText analyze(String text, @Nullable String languageTag) {
        Check.notNull(text, "text");
        String bounded = bounded(text);
        String language = language(bounded, languageTag);
        List<String> terms = terms(analyzer(language), bounded);
        List<String> grams = language.equals(LanguageDetector.KAZAKH) ? grams(terms) : List.of();
        return new AnalyzedText(language, terms, grams, bounded != text);
    }

    /**
     * Analyses a text as {@link #analyze(String, String)} does, keeping where each term was written
     * (Lucene's offsets) instead of computing n-grams: the same terms, in the same order, so an
     * analysed term can be shown as the word the user wrote. Slower than {@code analyze} only by
     * the offsets it keeps; {@link #analyzed(TermSpans)} gives the rest of the analysis from them.
     *
     * @param text any text
     * @param languageTag a BCP 47 tag, or {@code null} to detect the language
     * @return the terms and their places in the text (its first {@value #MAX_ANALYZED_CHARS}
     *     characters when longer)
     * @throws io.github.opennqf.InvalidValueException if {@code text} is {@code null}, or the tag is
     *     blank or not well-formed
     */
    public TermSpans spans(String text, @Nullable String languageTag) {
        Check.notNull(text, "text");
        String bounded = bounded(text);
        String language = language(bounded, languageTag);
        String[] terms = new String[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        try (TokenStream stream = analyzer(language).tokenStream(fieldFor(bounded), bounded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!value.isBlank()) {
                    if (n == terms.length) {
                        terms = Arrays.copyOf(terms, 2 * n);
                        starts = Arrays.copyOf(starts, 2 * n);
                        ends = Arrays.copyOf(ends, 2 * n);
                    }
                    terms[n] = value;
                    starts[n] = offset.startOffset();
                    ends[n++] = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TermSpans(language, bounded, Arrays.copyOf(terms, n), Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n), bounded != text);
    }

    /**
     * The analysis of a text whose {@linkplain #spans spans} were taken, without analysing it again:
     * equal to {@code analyze(text, languageTag)} for the same text and tag.
     *
     * @param spans the spans of a text, from this analysis
     * @return its analysis
     */
    public AnalyzedText analyzed(TermSpans spans) {
        Check.notNull(spans, "spans");
        List<String> terms = spans.terms();
        List<String> grams = spans.language().equals(LanguageDetector.KAZAKH) ? grams(terms) : List.of();
        return new AnalyzedText(spans.language(), terms, grams, spans.truncated());
    }

    private static String language(String bounded, @Nullable String languageTag) {
        return languageTag == null ? LanguageDetector.detect(bounded) : primaryLanguage(languageTag);
    }

    private Analyzer analyzer(String language) {
        switch (language) {
            case LanguageDetector.ENGLISH:
                return english;
            case LanguageDetector.RUSSIAN:
                return russian;
            case LanguageDetector.KAZAKH:
                return kazakh;
            default:
                return generic;
        }
    }

    /**
     * The primary language subtag of a BCP 47 tag, lower case; {@code "und"} when it has none.
     *
     * @param languageTag the tag
     * @return for example {@code "ru"} for {@code "ru-KZ"}, {@code "kk"} for {@code "kaz"}
     * @throws io.github.opennqf.InvalidValueException if the tag is {@code null}, blank or not
     *     well-formed
     */
    public static String primaryLanguage(String languageTag) {
        Check.notNull(languageTag, "languageTag");
        String stripped = languageTag.strip();
        if (stripped.isEmpty()) {
            throw Check.invalid("languageTag", languageTag, "must not be blank; pass null to detect the language");
        }
        String language;
        try {
            language = new Locale.Builder().setLanguageTag(stripped.replace('_', '-')).build().getLanguage();
        } catch (IllformedLocaleException e) {
            throw Check.invalid("languageTag", languageTag, "is not a well-formed BCP 47 language tag");
        }
        switch (language) {
            case "":
                return LanguageDetector.UNDETERMINED;
            case "kaz":
                return LanguageDetector.KAZAKH;
            case "rus":
                return LanguageDetector.RUSSIAN;
            case "eng":
                return LanguageDetector.ENGLISH;
            default:
                return language;
        }
    }

    /** The text, or its first {@link #MAX_ANALYZED_CHARS} characters without a split surrogate pair. */
    private static String bounded(String text) {
        if (text.length() <= MAX_ANALYZED_CHARS) {
            return text;
        }
        int end = MAX_ANALYZED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    private List<String> grams(List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder marked = new StringBuilder();
        for (String term : terms) {
            marked.append('^').append(term).append("$ ");
        }
        return terms(kazakhGrams, marked.toString());
    }

    /** @return the field to analyse the text under: one that skips the char map when it would change nothing */
    private static String fieldFor(String text) {
        return AnalysisChain.needsCharMap(text) ? FIELD : AnalysisChain.UNMAPPED_FIELD;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(fieldFor(text), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!value.isBlank()) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            // Analysis reads from a String; Lucene declares the exception but cannot throw it here.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer gramAnalyzer(int minGram, int maxGram) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        MAX_MARKED_TERM);
                return new TokenStreamComponents(source, new NGramTokenFilter(source, minGram, maxGram, false));
            }
        };
    }
}

package io.github.opennqf.matching.internal.text;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * A Lucene {@link org.apache.lucene.analysis.Analyzer} for Kazakh (Cyrillic script), built like
 * Lucene's own language analyzers: {@link StandardTokenizer}, {@link LowerCaseFilter},
 * {@link StopFilter} with a Kazakh stop list, then {@link KazakhLightStemFilter} and
 * {@link KazakhVerbForms}, which brings a verb's forms to one root. Like the other
 * chains of {@link TextAnalysis} it also deletes soft hyphens before tokenizing and drops emoji
 * tokens.
 *
 * <pre>{@code
 * Analyzer analyzer = new KazakhAnalyzer();
 * // "Білімдерін және дағдыларын бағалау" -> [білім, дағды, бағалау]
 * }</pre>
 *
 * <p>The default stop list ({@link #getDefaultStopSet()}) holds conjunctions and particles
 * (және, мен, немесе, да, ма, …), postpositions (үшін, бойынша, туралы, арқылы, …), pronouns and
 * determiners (бұл, сол, ол, әр, барлық, …), auxiliaries (болып, емес, тиіс, керек, …), and the
 * case and plural suffixes that stand alone after a hyphen ("ЖОО-лар", "SQL-дің"). Stop words are
 * removed before stemming, so only their listed forms are removed.
 *
 * <p>Immutable and thread-safe, as Lucene analyzers are: each thread gets its own reused token
 * streams. Call {@link #close()} to release them early; otherwise they go with the analyzer.
 *
 * @since 0.1.0
 */
public final class KazakhAnalyzer extends StopwordAnalyzerBase {
    private static final CharArraySet DEFAULT_STOP_SET = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            // conjunctions and particles
            "және", "мен", "пен", "бен", "немесе", "не", "әлде", "бірақ", "алайда", "дегенмен",
            "сондықтан", "себебі", "өйткені", "егер", "яғни", "әрі", "да", "де", "та", "те", "ал",
            "ғана", "тек", "ма", "ме", "ба", "бе", "па", "пе", "ғой", "ақ", "сондай", "сонымен",
            "қатар", "т.б", "т.с.с",
            // postpositions
            "үшін", "бойынша", "туралы", "арқылы", "дейін", "шейін", "кейін", "бері", "соң", "қарай",
            "қарсы", "бірге", "сайын", "жөнінде", "жайында", "арасында", "ішінде", "кезінде",
            "негізінде", "барысында", "ретінде", "сияқты", "секілді", "сәйкес", "байланысты",
            "қатысты", "сай", "орай", "гөрі",
            // pronouns and determiners
            "сен", "сіз", "ол", "біз", "олар", "сендер", "сіздер", "бұл", "осы", "сол", "мына",
            "мынау", "анау", "өз", "өзі", "өзінің", "бәрі", "барлық", "барлығы", "әр", "әрбір",
            "кейбір", "бірнеше", "ешбір", "ешқандай", "қандай", "қай", "кім", "неге", "қалай",
            "қашан", "қайда", "қанша", "оның", "мұның", "бұның", "соның", "осының", "оған", "бұған",
            "осыған", "соған", "оны", "мұны", "осыны", "соны", "олардың", "оларды", "оларға",
            "біздің", "сіздің", "менің", "сенің", "мұнда", "осында", "сонда", "онда", "мұндай",
            "осындай", "басқа", "түрлі", "әртүрлі", "бір",
            // auxiliaries and modal words
            "болып", "болады", "болу", "болған", "болса", "болатын", "болуы", "еді", "екен", "емес",
            "жоқ", "бар", "тиіс", "керек", "мүмкін", "етеді", "ету", "етіп", "алады", "арналған",
            // suffixes left standing alone after a hyphen ("ЖОО-лар", "SQL-дің", "2025-жылы")
            "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "ны", "ні",
            "ды", "ді", "ты", "ті", "дан", "ден", "тан", "тен", "нан", "нен", "нда", "нде", "дағы",
            "дегі", "тағы", "тегі", "лар", "лер", "дар", "дер", "тар", "тер", "ы", "і", "сы", "сі",
            "ын", "ін", "сын", "сін"), false));

    private final CharArraySet stemExclusionSet;

    /** An analyzer with the default stop list and no stem exclusions. */
    public KazakhAnalyzer() {
        this(DEFAULT_STOP_SET);
    }

    /**
     * An analyzer with its own stop list.
     *
     * @param stopWords lower-case stop words
     */
    public KazakhAnalyzer(CharArraySet stopWords) {
        this(stopWords, CharArraySet.EMPTY_SET);
    }

    /**
     * An analyzer with its own stop list and words that are never stemmed.
     *
     * @param stopWords lower-case stop words
     * @param stemExclusionSet lower-case words to keep as they are (for example names such as
     *     "қазақстан")
     */
    public KazakhAnalyzer(CharArraySet stopWords, CharArraySet stemExclusionSet) {
        super(stopWords);
        this.stemExclusionSet = CharArraySet.unmodifiableSet(CharArraySet.copy(stemExclusionSet));
    }

    /**
     * The default stop list.
     *
     * @return an unmodifiable set of lower-case Kazakh stop words
     */
    public static CharArraySet getDefaultStopSet() {
        return DEFAULT_STOP_SET;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return AnalysisChain.withoutSoftHyphens(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = AnalysisChain.withoutEmoji(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopwords);
        if (!stemExclusionSet.isEmpty()) {
            stream = new SetKeywordMarkerFilter(stream, stemExclusionSet);
        }
        stream = new RootFilter(new KazakhLightStemFilter(stream), KazakhVerbForms::root);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}

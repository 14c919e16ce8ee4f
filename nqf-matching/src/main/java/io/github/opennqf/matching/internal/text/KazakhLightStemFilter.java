package io.github.opennqf.matching.internal.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A Lucene {@link TokenFilter} that applies {@link KazakhLightStemmer} to each term, in place.
 *
 * <pre>{@code
 * Tokenizer source = new StandardTokenizer();
 * TokenStream stream = new KazakhLightStemFilter(new LowerCaseFilter(source));
 * }</pre>
 *
 * <p>Put a lower-case filter before it. Terms marked as keywords (a {@link KeywordAttribute} set,
 * for example by {@code SetKeywordMarkerFilter}) are left unchanged, as with Lucene's own stem
 * filters.
 *
 * <p>Like every Lucene token stream, an instance is used by one thread at a time; an
 * {@link org.apache.lucene.analysis.Analyzer} gives each thread its own. The filter holds no state
 * between tokens.
 *
 * @since 0.1.0
 */
public final class KazakhLightStemFilter extends TokenFilter {
    private final KazakhLightStemmer stemmer = new KazakhLightStemmer();
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAttribute = addAttribute(KeywordAttribute.class);

    /**
     * Wraps a token stream.
     *
     * @param input the lower-cased terms to stem
     */
    public KazakhLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAttribute.isKeyword()) {
            int length = stemmer.stem(termAttribute.buffer(), termAttribute.length());
            termAttribute.setLength(length);
        }
        return true;
    }
}

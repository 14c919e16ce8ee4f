package io.github.opennqf.matching.internal.text;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each stemmed token by a root that a derivation step gives for it
 * ({@link EnglishDerivation#root}, {@link RussianDerivation#root}, {@link KazakhVerbForms#root}); keyword tokens are left alone.
 * Not thread-safe (one per token stream), like every token filter.
 */
final class RootFilter extends TokenFilter {
    private final UnaryOperator<String> root;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /**
     * @param input the stemmed tokens
     * @param root a stateless, thread-safe function from a stem to its root
     */
    RootFilter(TokenStream input, UnaryOperator<String> root) {
        super(input);
        this.root = root;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String value = term.toString();
            String rooted = root.apply(value);
            if (!rooted.equals(value)) {
                term.setEmpty().append(rooted);
            }
        }
        return true;
    }
}

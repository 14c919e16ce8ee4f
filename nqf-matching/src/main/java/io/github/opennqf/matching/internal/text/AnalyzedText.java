package io.github.opennqf.matching.internal.text;

import io.github.opennqf.internal.Check;
import java.util.List;

/**
 * The result of {@link TextAnalysis#analyze(String, String)}: the language the text was analysed
 * as, its terms in text order, and for Kazakh the character n-grams of those terms.
 *
 * <pre>{@code
 * AnalyzedText a = TextAnalysis.ofDefaults().analyze("Білімдерін бағалау", null);
 * a.language();    // "kk"
 * a.terms();       // [білім, бағалау]
 * a.charNgrams();  // [^бі, ^біл, ^білі, біл, …, ім$, ^ба, …, ау$]
 * }</pre>
 *
 * <p>Immutable and thread-safe. A blank language, a {@code null} list or element, or a blank term
 * or n-gram gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param language the BCP 47 primary language subtag the text was analysed as ({@code "kk"},
 *     {@code "ru"}, {@code "en"}, another language's subtag, or {@code "und"})
 * @param terms the terms in text order, stop words removed, stemmed when stemming is on; repeats
 *     kept
 * @param charNgrams for Kazakh, the character n-grams of each term wrapped in the word-boundary
 *     markers {@code ^} and {@code $}, term by term in text order; empty for other languages
 * @param truncated whether the text was longer than {@link TextAnalysis#MAX_ANALYZED_CHARS} and
 *     only its beginning was analysed
 * @since 0.1.0
 */
public record AnalyzedText(String language, List<String> terms, List<String> charNgrams, boolean truncated) {
    /** Validates and copies. */
    public AnalyzedText {
        language = Check.notBlank(language, "language");
        terms = Check.listOf(terms, "terms");
        charNgrams = Check.listOf(charNgrams, "charNgrams");
        requireNoBlank(terms, "terms");
        requireNoBlank(charNgrams, "charNgrams");
    }

    /** @return whether the text gave no terms (it was empty, or only stop words, punctuation or emoji) */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    private static void requireNoBlank(List<String> values, String field) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                throw Check.invalid(field + "[" + i + "]", values.get(i), "must not be blank");
            }
        }
    }
}

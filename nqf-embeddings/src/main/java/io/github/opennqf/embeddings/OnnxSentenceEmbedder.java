package io.github.opennqf.embeddings;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.embeddings.internal.ModelRunner;
import io.github.opennqf.matching.SentenceEmbedder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A sentence embedder for an ONNX sentence-transformers model that you supply as files, for
 * example a multilingual model for Russian and Kazakh text: the model ({@code model.onnx}) and its
 * Hugging Face tokenizer ({@code tokenizer.json}), run in process with ONNX Runtime. Nothing is
 * downloaded: the files are read from the paths given.
 *
 * <pre>{@code
 * SentenceEmbedder multilingual = OnnxSentenceEmbedder.load(
 *         Path.of("models/multilingual/model.onnx"),
 *         Path.of("models/multilingual/tokenizer.json"),
 *         Set.of("ru", "kk", "en"),
 *         "paraphrase-multilingual-MiniLM-L12-v2");
 * Matcher matcher = Matcher.builder().standards(standards).embedder(multilingual).build();
 * }</pre>
 *
 * <p>The model must take {@code input_ids} and {@code attention_mask} (and {@code token_type_ids} if
 * it declares them) and give token embeddings {@code [batch, tokens, dimension]} as its first
 * output, as sentence-transformers models exported to ONNX do; the token vectors are pooled as
 * the model's {@code 1_Pooling/config.json} says ({@link Pooling#MEAN} for most). {@link #load}
 * embeds one probe sentence, so a model with another interface fails there, not at the first query.
 * The languages you declare are the only ones a matcher uses the model on; on others it keeps the
 * lexical score. Texts longer than 10,000 characters are cut to that length before tokenising.
 *
 * <p>The tokenizer's native library comes from DJL's jar; it is loaded with DJL's offline switch
 * ({@code ai.djl.offline}) set for the duration of the first load unless the application has set
 * it or {@code DJL_OFFLINE} itself, so that DJL uses the CPU library bundled in its jar instead of
 * downloading another build (it would for CUDA machines and unbundled platforms such as macOS on
 * x86-64, where loading then fails with a {@link ModelLoadException}).
 *
 * <p>Immutable and thread-safe: {@link #embed} may be called from any number of threads, each call
 * running on the caller's thread. Deterministic: the same text always gives the same vector. Bad
 * input: a missing, unreadable or invalid file gets a {@link ModelLoadException} naming the path and
 * saying why; a blank name or a language that is not a 2- or 3-letter primary language subtag gets an
 * {@link InvalidValueException}; a blank text to embed gets an {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {
    private static final Pattern PRIMARY_SUBTAG = Pattern.compile("[A-Za-z]{2,3}");

    /**
     * How the token vectors of a text become one sentence vector; take it from the model's
     * {@code 1_Pooling/config.json}.
     *
     * @since 0.1.0
     */
    public enum Pooling {
        /** The mean of all token vectors ({@code "pooling_mode_mean_tokens": true}); most models. */
        MEAN,
        /** The vector of the first ({@code [CLS]}) token ({@code "pooling_mode_cls_token": true}). */
        CLS
    }

    private final ModelRunner runner;
    private final Set<String> languages;
    private final String name;
    private final Pooling pooling;

    private OnnxSentenceEmbedder(ModelRunner runner, Set<String> languages, String name, Pooling pooling) {
        this.runner = runner;
        this.languages = languages;
        this.name = name;
        this.pooling = pooling;
    }

    /**
     * Loads a model with {@link Pooling#MEAN} pooling.
     *
     * @param model the ONNX model file
     * @param tokenizerJson the model's Hugging Face {@code tokenizer.json}
     * @param languages the languages the model covers, as primary language subtags ({@code "ru"},
     *     {@code "kk"}); an empty set means every language
     * @param name a stable name for reports
     * @return the embedder
     * @throws ModelLoadException naming the file, if either file is missing, unreadable or invalid
     * @throws InvalidValueException if the name is blank or a language is not a primary language subtag
     */
    public static OnnxSentenceEmbedder load(Path model, Path tokenizerJson, Set<String> languages, String name) {
        return load(model, tokenizerJson, languages, name, Pooling.MEAN);
    }

    /**
     * Loads a model.
     *
     * @param model the ONNX model file
     * @param tokenizerJson the model's Hugging Face {@code tokenizer.json}
     * @param languages the languages the model covers, as primary language subtags ({@code "ru"},
     *     {@code "kk"}); an empty set means every language
     * @param name a stable name for reports
     * @param pooling how token vectors are pooled, as the model's {@code 1_Pooling/config.json} says
     * @return the embedder
     * @throws ModelLoadException naming the file, if either file is missing, unreadable or invalid
     * @throws InvalidValueException if the name is blank or a language is not a primary language subtag
     */
    public static OnnxSentenceEmbedder load(Path model, Path tokenizerJson, Set<String> languages, String name,
            Pooling pooling) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tokenizerJson, "tokenizerJson");
        Objects.requireNonNull(pooling, "pooling");
        Set<String> covered = primarySubtags(languages);
        String stableName = requireName(name);
        PoolingMode mode = pooling == Pooling.CLS ? PoolingMode.CLS : PoolingMode.MEAN;
        return new OnnxSentenceEmbedder(ModelRunner.fromFiles(model, tokenizerJson, mode, stableName), covered,
                stableName, pooling);
    }

    private static Set<String> primarySubtags(Set<String> languages) {
        if (languages == null) {
            throw new InvalidValueException("languages", null, "is required (an empty set means every language)");
        }
        Set<String> out = new TreeSet<>();
        for (String tag : languages) {
            if (tag == null || !PRIMARY_SUBTAG.matcher(tag).matches()) {
                throw new InvalidValueException("languages", tag,
                        "must be a primary language subtag of 2 or 3 letters, such as \"ru\" or \"kk\"");
            }
            out.add(tag.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static String requireName(String name) {
        if (name == null) {
            throw new InvalidValueException("name", null, "is required");
        }
        if (name.isBlank()) {
            throw new InvalidValueException("name", name, "must not be blank");
        }
        return name.strip();
    }

    /** @return the name given to {@link #load} */
    @Override
    public String name() {
        return name;
    }

    /** @return the languages given to {@link #load}, lower-cased; empty means every language */
    @Override
    public Set<String> languages() {
        return languages;
    }

    /** @return how token vectors are pooled */
    public Pooling pooling() {
        return pooling;
    }

    /**
     * @param text a sentence or short paragraph, not blank; cut to 10,000 characters
     * @return a unit-length vector of the model's dimension
     * @throws IllegalArgumentException if the text is blank or has nothing the tokenizer keeps
     */
    @Override
    public float[] embed(String text) {
        return runner.embed(text);
    }

    @Override
    public String toString() {
        return "OnnxSentenceEmbedder[" + name + ", languages=" + languages + ", pooling=" + pooling
                + ", dimension=" + runner.dimension() + "]";
    }
}

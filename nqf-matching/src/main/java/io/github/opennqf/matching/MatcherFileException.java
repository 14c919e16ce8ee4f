package io.github.opennqf.matching;

import io.github.opennqf.NqfException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved matcher was refused by {@link Matcher#load}: the file is not a saved matcher, is
 * truncated or corrupted, comes from another format or analysis version, or was saved with another
 * model or configuration than the caller expects. Nothing is loaded when it is thrown.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MatcherFileException extends NqfException {
    private static final long serialVersionUID = 1L;

    /** Why a saved matcher was refused. */
    public enum Reason {
        /** The input does not start as a saved matcher does. */
        NOT_A_MATCHER_FILE,
        /** The file was written in another format version, or by a version of OpenNQF whose text analysis differs. */
        UNSUPPORTED_VERSION,
        /** The file ends early. */
        TRUNCATED,
        /** The content does not match its checksum, or does not decode. */
        CORRUPTED,
        /** The file's embeddings come from another model than the embedder given, or there is a model on one side only. */
        MODEL_MISMATCH,
        /** The file's configuration is not the one the caller requires. */
        CONFIG_MISMATCH
    }

    private final Reason reason;
    private final @Nullable String file;

    /**
     * @param reason why
     * @param message a sentence for a person
     */
    public MatcherFileException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    /**
     * @param reason why
     * @param message a sentence for a person
     * @param cause what failed underneath, or {@code null}
     */
    public MatcherFileException(Reason reason, String message, @Nullable Throwable cause) {
        this(reason, message, null, cause);
    }

    private MatcherFileException(Reason reason, String message, @Nullable String file, @Nullable Throwable cause) {
        super(file == null ? message : file + ": " + message);
        if (cause != null) {
            initCause(cause);
        }
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
    }

    /** @return why the file was refused */
    public Reason reason() {
        return reason;
    }

    /** @return the file, when loaded from one */
    public @Nullable String file() {
        return file;
    }

    /** @param path the file the stream came from @return the same refusal naming the file */
    MatcherFileException inFile(String path) {
        return file != null ? this : new MatcherFileException(reason, getMessage(), path, getCause());
    }
}

package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import java.util.Objects;

/**
 * Where a query {@link Statement} comes from: the kind of item and its id, for example the
 * learning outcome {@code LO3} of a program, or the course certificate {@code cert-7} of an
 * applicant. Explanations name the source of every statement that supports a requirement, so a
 * reader can find the diploma, certificate or outcome behind a score.
 *
 * <pre>{@code
 * StatementSource.of(StatementSource.LEARNING_OUTCOME, "LO3");
 * StatementSource.of("course-certificate", "cert-7");
 * }</pre>
 *
 * <p>The kind is an open set of lower-case words joined by hyphens: the constants name the kinds
 * OpenNQF itself makes; callers may use their own. Immutable and thread-safe. A blank id or a kind
 * that is not of that form gets an {@link InvalidValueException}.
 *
 * @param kind the kind of source item, such as {@value #LEARNING_OUTCOME}
 * @param id the source item's id, unique within its query and kind
 * @since 0.1.0
 */
public record StatementSource(String kind, String id) {
    /** A learning outcome of an educational program. */
    public static final String LEARNING_OUTCOME = "learning-outcome";
    /** Free text given by the caller, such as a vacancy's lines. */
    public static final String TEXT = "text";


    /** Validates. */
    public StatementSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.length() > 64 || !isKind(kind)) {
            throw new InvalidValueException("kind", kind, "must be lower-case words joined by hyphens, at most 64 characters");
        }
        if (id.isBlank()) {
            throw new InvalidValueException("id", id, "must not be blank");
        }
    }

    /** Lower-case words of letters and digits joined by single hyphens, the first starting with a letter. */
    private static boolean isKind(String kind) {
        if (kind.isEmpty() || kind.charAt(0) < 'a' || kind.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < kind.length(); i++) {
            char c = kind.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!word && (c != '-' || i + 1 == kind.length() || kind.charAt(i + 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param kind the kind of source item
     * @param id its id
     * @return the source
     */
    public static StatementSource of(String kind, String id) {
        return new StatementSource(kind, id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}

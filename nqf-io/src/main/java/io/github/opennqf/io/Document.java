package io.github.opennqf.io;

import java.util.List;
import java.util.Objects;

/**
 * A document read without knowing its type beforehand: the type it declared (or that its format
 * maps to) and the value it holds, with the warnings of a lenient read: what the reader noted or
 * left out without refusing the input (always empty for native documents, which are read
 * strictly).
 *
 * <pre>{@code
 * Document<?> doc = NativeFormat.json().read(path);
 * if (doc.type() == DocumentType.STANDARDS) {
 *     List<ProfessionalStandard> standards = doc.as(DocumentType.STANDARDS);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is (every model value is).
 *
 * @param type the document's type
 * @param value the value it holds
 * @param warnings what a lenient reader noted without refusing the input, in input order
 * @param <T> the value's type
 * @since 0.1.0
 */
public record Document<T>(DocumentType<T> type, T value, List<ReadProblem> warnings) {

    /** Validates and copies. */
    public Document {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }

    /**
     * A document without warnings.
     *
     * @param type the type
     * @param value the value
     */
    public Document(DocumentType<T> type, T value) {
        this(type, value, List.of());
    }

    /**
     * @param expected the type the caller expects
     * @param <U> the value type of {@code expected}
     * @return the value, typed
     * @throws IllegalStateException if the document is of another type
     */
    @SuppressWarnings("unchecked")
    public <U> U as(DocumentType<U> expected) {
        if (type != expected) {
            throw new IllegalStateException("the document is of type " + type + ", not " + expected);
        }
        return (U) value;
    }
}

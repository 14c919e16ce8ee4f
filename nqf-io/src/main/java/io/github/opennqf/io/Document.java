package io.github.opennqf.io;

import java.util.Objects;

/**
 * A native document read without knowing its type beforehand: the type it declared and the value
 * it holds.
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
 * @param <T> the value's type
 * @since 0.1.0
 */
public record Document<T>(DocumentType<T> type, T value) {

    /** Validates. */
    public Document {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
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

package io.github.opennqf.io.internal.tabular;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one optional cell: a value (which may be {@code null}, meaning "absent")
 * or the fact that the cell was invalid and a problem was recorded.
 *
 * @param value the value, or {@code null} when absent or invalid
 * @param valid whether the cell was valid
 * @param <T> the value's type
 */
record Parsed<T>(@Nullable T value, boolean valid) {
    private static final Parsed<?> INVALID = new Parsed<>(null, false);

    static <T> Parsed<T> of(@Nullable T value) {
        return new Parsed<>(value, true);
    }

    @SuppressWarnings("unchecked")
    static <T> Parsed<T> invalid() {
        return (Parsed<T>) INVALID;
    }
}

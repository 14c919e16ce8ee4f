package io.github.opennqf.internal;

import io.github.opennqf.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks used by the constructors of the model values. Each failure is an
 * {@link InvalidValueException} naming the field. Not API.
 */
public final class Check {
    private Check() {}

    /** Rejects {@code null}. */
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    /** Rejects {@code null}, empty and whitespace-only text; returns the text stripped. */
    public static String notBlank(@Nullable String value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, value, "must not be blank");
        }
        return stripped;
    }

    /** Like {@link #notBlank} but {@code null} stays {@code null}. */
    public static @Nullable String optionalNotBlank(@Nullable String value, String field) {
        return value == null ? null : notBlank(value, field);
    }

    /** Rejects an int outside {@code [min, max]}. */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Integer.toString(value),
                    "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Rejects a negative, NaN or infinite double. */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidValueException(field, Double.toString(value), "must be a finite number >= 0");
        }
        return value;
    }

    /** An immutable copy of a list; rejects a null list and null elements, naming the index. */
    public static <T> List<T> listOf(@Nullable Collection<? extends T> values, String field) {
        notNull(values, field);
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field + "[" + i + "]", null, "is required");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /** An immutable copy of a set; rejects a null set and null elements. */
    public static <T> Set<T> setOf(@Nullable Collection<? extends T> values, String field) {
        return Set.copyOf(listOf(values, field));
    }

    /** An immutable copy of a map; rejects a null map and null keys or values. */
    public static <K, V> Map<K, V> mapOf(@Nullable Map<? extends K, ? extends V> values, String field) {
        notNull(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new InvalidValueException(field, String.valueOf(k), "must not hold null keys or values");
            }
        });
        return Map.copyOf(values);
    }

    /** An unmodifiable copy in enum order; rejects null keys or values. */
    public static <K extends Enum<K>, V> Map<K, V> enumMapOf(
            @Nullable Map<K, ? extends V> values, Class<K> type, String field) {
        Map<K, V> copy = new java.util.EnumMap<>(type);
        copy.putAll(mapOf(values, field));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** A new exception naming the field, the value and the reason. */
    public static InvalidValueException invalid(String field, @Nullable Object value, String reason) {
        return new InvalidValueException(field, value == null ? null : value.toString(), reason);
    }
}

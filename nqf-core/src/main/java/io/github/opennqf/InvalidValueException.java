package io.github.opennqf;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value is constructed or parsed from data that breaks its invariants.
 *
 * <p>The exception names the field, shows the offending value (shortened when long) and says why
 * it was rejected, for example:
 * <pre>{@code
 * code: '6X06101' is not valid: the degree letter must be B, M or D (Cyrillic В, М, Д accepted)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InvalidValueException extends NqfException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 80;

    private final String field;
    private final @Nullable String value;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param field the name of the field or parameter that was rejected
     * @param value the rejected value as text, or {@code null} when the value was missing
     * @param reason why it was rejected, as a sentence fragment ("must be between 1 and 8")
     */
    public InvalidValueException(String field, @Nullable String value, String reason) {
        super(format(field, value, reason));
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the name of the rejected field or parameter */
    public String field() {
        return field;
    }

    /** @return the rejected value as given, or {@code null} if the value was missing */
    public @Nullable String value() {
        return value;
    }

    /** @return why the value was rejected */
    public String reason() {
        return reason;
    }

    private static String format(String field, @Nullable String value, String reason) {
        if (value == null) {
            return field + ": " + reason;
        }
        String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
        return field + ": '" + shown + "' is not valid: " + reason;
    }
}

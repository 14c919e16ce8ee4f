package io.github.opennqf.io.internal.input;

import java.io.IOException;

/**
 * Thrown by {@link BoundedInputStream} and {@link BoundedReader} when the input goes beyond
 * {@link io.github.opennqf.io.ReadLimits#maxBytes()}; reported as a
 * {@link io.github.opennqf.io.ReadProblem.Reason#LIMIT_EXCEEDED} problem.
 */
public final class InputTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit that was exceeded. */
    private final long limit;
    /** {@code "bytes"} or {@code "characters"}. */
    private final String unit;

    InputTooLargeException(long limit, String unit) {
        super("the input is larger than the limit of " + limit + " " + unit);
        this.limit = limit;
        this.unit = unit;
    }

    /** @return a sentence for a {@link io.github.opennqf.io.ReadProblem} */
    public String problemMessage() {
        return "the input is larger than the limit of " + limit + " " + unit
                + " (ReadLimits.maxBytes); reading stopped";
    }
}

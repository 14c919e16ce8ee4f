package io.github.opennqf.io.internal.input;

import io.github.opennqf.io.ReadProblem.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A problem after which the input cannot be read further (broken syntax, a limit, an I/O
 * failure), carried from where the input is read (CSV rows, JSON trees) to the read loop, which
 * records it and stops. Never leaves the internal packages.
 */
public final class FatalReadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where: the line, from 1. */
    public final long line;
    /** Where: the 1-based cell index, or 0 for the whole line. */
    public final long column;
    /** What kind of problem. */
    public final Reason reason;

    public FatalReadProblem(long line, long column, Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause, false, false);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}

package io.github.opennqf.io.internal;

import io.github.opennqf.io.ReadProblem.Reason;
import org.jspecify.annotations.Nullable;

/**
 * A problem after which the input cannot be read further (broken syntax, a limit, an I/O
 * failure), carried from {@link CsvRows} to the read loop, which records it and stops. Never
 * leaves this package.
 */
final class FatalReadProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where: the line, from 1. */
    final long line;
    /** Where: the 1-based cell index, or 0 for the whole line. */
    final long column;
    /** What kind of problem. */
    final Reason reason;

    FatalReadProblem(long line, long column, Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause, false, false);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}

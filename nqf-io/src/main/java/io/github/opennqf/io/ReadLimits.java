package io.github.opennqf.io;

/**
 * Bounds on untrusted input, checked while reading: the size of the input, the nesting depth of
 * a document, the length of one string, the number of records and the number of problems
 * collected before a reader gives up.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.DEFAULTS.withMaxRecords(5_000_000);
 * }</pre>
 *
 * <p>Exceeding a limit is a {@link ReadProblem.Reason#LIMIT_EXCEEDED} problem. Immutable and
 * thread-safe; values that are not positive get an {@link IllegalArgumentException}.
 *
 * @param maxBytes the largest input, in bytes (characters for a {@link java.io.Reader})
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest single string value or CSV cell, in characters
 * @param maxRecords the most records (CSV rows, JSON-lines entries, list elements)
 * @param maxProblems the most problems collected before reading stops
 * @since 0.1.0
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, long maxRecords, int maxProblems) {

    /** 256 MiB, depth 64, 100,000 characters a string, 10 million records, 1,000 problems. */
    public static final ReadLimits DEFAULTS = new ReadLimits(256L << 20, 64, 100_000, 10_000_000L, 1_000);

    /** Validates. */
    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxRecords <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** @param value bytes @return a copy with this limit */
    public ReadLimits withMaxBytes(long value) {
        return new ReadLimits(value, maxDepth, maxStringLength, maxRecords, maxProblems);
    }

    /** @param value depth @return a copy with this limit */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxBytes, value, maxStringLength, maxRecords, maxProblems);
    }

    /** @param value characters @return a copy with this limit */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxBytes, maxDepth, value, maxRecords, maxProblems);
    }

    /** @param value records @return a copy with this limit */
    public ReadLimits withMaxRecords(long value) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, value, maxProblems);
    }

    /** @param value problems @return a copy with this limit */
    public ReadLimits withMaxProblems(int value) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxRecords, value);
    }
}

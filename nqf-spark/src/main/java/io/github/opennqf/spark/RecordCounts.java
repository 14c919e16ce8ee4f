package io.github.opennqf.spark;

/**
 * How many input records a Spark job read and scored ({@code good}) and how many it set aside in
 * the rejected output ({@code rejected}). A record is a program (all of its rows) or an applicant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param good records read and scored
 * @param rejected records in the rejected output
 * @since 0.1.0
 */
public record RecordCounts(long good, long rejected) {
    /** Validates: both counts are 0 or more. */
    public RecordCounts {
        if (good < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must be 0 or more, were " + good + " and " + rejected);
        }
    }

    /** @return every record of the input */
    public long total() {
        return good + rejected;
    }
}

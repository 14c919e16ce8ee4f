package io.github.opennqf.matching;

/**
 * Receives progress of a long computation such as a coverage matrix. Called from worker threads,
 * possibly concurrently: implementations must be thread-safe. {@code done} never decreases across
 * calls made by one computation.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done units finished so far
     * @param total units in all
     */
    void onProgress(long done, long total);
}

package io.github.opennqf.matching;

/**
 * How well one requirement is covered, by the thresholds of the {@link MatchingConfig}.
 *
 * @since 0.1.0
 */
public enum CoverageStatus {
    /** The score reaches the covered threshold. */
    COVERED,
    /** The score reaches the weak threshold but not the covered one. */
    WEAK,
    /** The score is below the weak threshold. */
    UNCOVERED
}

package io.github.opennqf.design;

/**
 * Who does a part of the work estimated by {@link EffortEstimator}.
 *
 * @since 0.1.0
 */
public enum EffortRole {
    /** The program's designers and teaching staff, who write outcomes, modules and syllabi. */
    DESIGNER,
    /** The reviewers: employers' representatives and academic experts. */
    EXPERT
}

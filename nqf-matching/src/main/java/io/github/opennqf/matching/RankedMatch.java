package io.github.opennqf.matching;

import java.util.Objects;

/**
 * One candidate in a ranking: a standard ranked for a program, or a program for a standard.
 *
 * <p>The ranking score combines requirement coverage, how much of the program is relevant to the
 * standard, and title similarity (weights in {@link MatchingConfig}); {@link #coverage()} explains
 * the pair requirement by requirement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param queryId the program or standard the ranking is for
 * @param rank the position, from 1
 * @param candidateId the ranked standard or program
 * @param score the ranking score, in [0, 1]
 * @param confidence whether the position needs review (low score, or close to the runner-up)
 * @param coverage the explanation: the program's coverage of the standard
 * @since 0.1.0
 */
public record RankedMatch(String queryId, int rank, String candidateId, double score, Confidence confidence,
        CoverageReport coverage) {

    /** Validates. */
    public RankedMatch {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(candidateId, "candidateId");
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1, was " + rank);
        }
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(coverage, "coverage");
    }
}

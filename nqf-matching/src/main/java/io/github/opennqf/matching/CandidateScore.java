package io.github.opennqf.matching;

import java.util.Objects;

/**
 * A candidate's ranking score without its explanation, as returned by
 * {@link Matcher#scoreStandards} and {@link Matcher#scorePrograms} for whole rankings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param candidateId the standard's code or the program's id
 * @param score the ranking score, in [0, 1]
 * @since 0.1.0
 */
public record CandidateScore(String candidateId, double score) {
    /** Validates. */
    public CandidateScore {
        Objects.requireNonNull(candidateId, "candidateId");
    }
}

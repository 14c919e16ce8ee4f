package io.github.opennqf.matching;

import java.util.List;
import java.util.Objects;

/**
 * A whole ranking from one scoring pass: every compiled candidate's score, best first, and the
 * first few candidates explained. See {@link Matcher#standardRanking} and
 * {@link Matcher#programRanking}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param queryId the program or standard the ranking is for
 * @param candidates every compiled candidate, best first (ties by id)
 * @param explained the first candidates with their coverage reports, in the same order
 * @since 0.1.0
 */
public record Ranking(String queryId, List<CandidateScore> candidates, List<RankedMatch> explained) {
    /** Validates and copies. */
    public Ranking {
        Objects.requireNonNull(queryId, "queryId");
        candidates = List.copyOf(candidates);
        explained = List.copyOf(explained);
    }
}

package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RankingWeights;
import org.jspecify.annotations.Nullable;

/**
 * The scoring formula, in one place. Everything that turns similarities into the numbers a user
 * sees is defined here and only here; {@link Engine} (the fast path that scores a query against
 * every compiled standard) and {@link Explainer} (the requirement-by-requirement report) both call
 * it, so a change to the formula cannot split them.
 *
 * <ol>
 *   <li><b>Pair similarity</b> ({@link #similarity}): the cosine of a statement's and a
 *       requirement's TF-IDF vectors, or 1 when they share a taxonomy concept; times the
 *       cross-category credit when their categories are incompatible; capped at the below-level cap
 *       when the statement is below the requirement's level; times the statement's weight.</li>
 *   <li><b>Requirement score</b>: the best pair similarity over the query's statements; its status
 *       ({@link #status}) and confidence ({@link #requirementConfidence}) follow from the
 *       thresholds.</li>
 *   <li><b>Coverage</b> ({@link #addRequirement}, {@link #coverage}): Σ w<sub>r</sub> · score<sub>r</sub>
 *       / Σ w<sub>r</sub> over the requirements in scope, in the standard's order, w<sub>r</sub>
 *       being the requirement's weight times the essential factor when essential.</li>
 *   <li><b>Ranking score</b> ({@link #blend}, {@link #hybrid}): the five lexical signals blended by
 *       {@link RankingWeights}, then mixed with embedding similarity when an embedder is set; the
 *       confidence of a ranked position ({@link #rankConfidence}).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class Scoring {
    private final MatchingConfig config;
    private final float crossCategoryCredit;
    private final float belowLevelCap;

    public Scoring(MatchingConfig config) {
        this.config = config;
        this.crossCategoryCredit = (float) config.crossCategoryCredit();
        this.belowLevelCap = (float) config.belowLevelCap();
    }

    /** @return the configuration the formula reads its parameters from */
    public MatchingConfig config() {
        return config;
    }

    /**
     * The similarity of one query statement and one requirement.
     *
     * @param cosine the dot product of the two normalised vectors
     * @param sharedConcept whether the statements share a concept
     * @param statementCategory category mask of the query statement
     * @param requirementCategory category mask of the requirement
     * @param statementLevel level key of the query statement
     * @param requirementLevel level key of the requirement
     * @param statementWeight the query statement's weight, in [0, 1]
     * @return the similarity in [0, 1]
     */
    float similarity(float cosine, boolean sharedConcept, byte statementCategory, byte requirementCategory,
            int statementLevel, int requirementLevel, float statementWeight) {
        float s = sharedConcept ? 1f : Math.min(1f, cosine);
        if ((statementCategory & requirementCategory) == 0) {
            s *= crossCategoryCredit;
        }
        if (LevelKeys.below(statementLevel, requirementLevel)) {
            s = Math.min(s, belowLevelCap);
        }
        return s * statementWeight;
    }

    /**
     * Adds one requirement to a coverage sum. Requirements are added in the standard's order; a
     * requirement no statement reaches adds 0 and may be skipped, which leaves a double sum unchanged.
     *
     * @param sum the sum so far
     * @param weight the requirement's weight in coverage
     * @param score its score (its best pair similarity)
     * @return the new sum
     */
    static double addRequirement(double sum, double weight, float score) {
        return sum + weight * score;
    }

    /**
     * @param sum the sum of {@link #addRequirement} over the requirements in scope
     * @param totalWeight the sum of their weights
     * @return the coverage, in [0, 1]; 0 for a scope without weight
     */
    static double coverage(double sum, double totalWeight) {
        return totalWeight == 0 ? 0 : sum / totalWeight;
    }

    /** @param score a requirement's score @return covered, weak or uncovered */
    CoverageStatus status(double score) {
        return score >= config.coveredThreshold() ? CoverageStatus.COVERED
                : score >= config.weakThreshold() ? CoverageStatus.WEAK : CoverageStatus.UNCOVERED;
    }

    /**
     * @param score a requirement's score
     * @param status its status
     * @return low when weakly covered, close when within the review margin of the covered threshold
     */
    Confidence requirementConfidence(double score, CoverageStatus status) {
        return Confidence.of(status == CoverageStatus.WEAK,
                Math.abs(score - config.coveredThreshold()) < config.reviewMargin());
    }

    /**
     * The lexical ranking score of every candidate: the signals blended by the configured weights,
     * divided by their sum, clamped to [0, 1].
     *
     * @param scores the signals of every candidate
     * @return a new array of ranking scores
     */
    public double[] blend(Engine.Scores scores) {
        RankingWeights w = config.ranking();
        double total = w.total();
        double[] coverage = scores.requirementCoverage();
        double[] relevance = scores.outcomeRelevance();
        double[] title = scores.titleSimilarity();
        double[] document = scores.documentSimilarity();
        double[] keywords = scores.bm25();
        double[] out = new double[coverage.length];
        for (int i = 0; i < out.length; i++) {
            double v = w.requirementCoverage() * coverage[i] + w.outcomeRelevance() * relevance[i]
                    + w.titleSimilarity() * title[i] + w.documentSimilarity() * document[i]
                    + w.keywordRelevance() * keywords[i];
            out[i] = Math.min(1, Math.max(0, v / total));
        }
        return out;
    }

    /**
     * Mixes embedding similarity into lexical ranking scores, in place: on each candidate whose
     * document embedding exists, as has the query's, (1 − h) · lexical + h · max(0, cosine);
     * elsewhere the lexical score stays, so hybrid is never worse than lexical on languages the
     * model does not cover.
     *
     * @param lexical the lexical scores, overwritten
     * @param query the query's embedding, or {@code null}
     * @param candidates the candidates' embeddings (entries may be {@code null}), or {@code null}
     * @return {@code lexical}
     */
    public double[] hybrid(double[] lexical, float @Nullable [] query, float[] @Nullable [] candidates) {
        if (query == null || candidates == null) {
            return lexical;
        }
        double h = config.hybridWeight();
        for (int i = 0; i < lexical.length; i++) {
            float[] c = candidates[i];
            if (c != null) {
                lexical[i] = (1 - h) * lexical[i] + h * Math.max(0, dot(query, c));
            }
        }
        return lexical;
    }

    /**
     * The confidence of the candidate at position {@code r} of a ranking: low below the weak
     * threshold, close when within the review margin of the next candidate.
     *
     * @param scores every candidate's score
     * @param order the ranked candidates, best first (all, or the chosen few)
     * @param r the position
     * @return the confidence
     */
    public Confidence rankConfidence(double[] scores, int[] order, int r) {
        boolean low = scores[order[r]] < config.weakThreshold();
        double next = r + 1 < order.length ? scores[order[r + 1]] : secondBest(scores, order);
        boolean close = scores[order[r]] - next < config.reviewMargin() && next > 0;
        return Confidence.of(low, close);
    }

    /** The best score not among the chosen ones (the runner-up of the last chosen). */
    private static double secondBest(double[] scores, int[] chosen) {
        boolean[] taken = new boolean[scores.length];
        for (int c : chosen) {
            taken[c] = true;
        }
        double best = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!taken[i] && scores[i] > best) {
                best = scores[i];
            }
        }
        return best;
    }

    /** @return the dot product of two embeddings over their common length */
    static float dot(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        float sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

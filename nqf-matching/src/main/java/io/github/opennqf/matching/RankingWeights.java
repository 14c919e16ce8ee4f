package io.github.opennqf.matching;

/**
 * How a {@link Matcher} blends its signals into one ranking score. Each signal lies in [0, 1]:
 * <ul>
 *   <li>{@code requirementCoverage}: the weighted mean, over the standard's requirements, of the
 *       best outcome similarity (the coverage score, with the program title as one more outcome);</li>
 *   <li>{@code outcomeRelevance}: the mean, over the program's outcomes, of the best requirement
 *       similarity — how much of the program the standard uses;</li>
 *   <li>{@code titleSimilarity}: the cosine of the two titles;</li>
 *   <li>{@code documentSimilarity}: the cosine of the two documents as wholes;</li>
 *   <li>{@code keywordRelevance}: two-field BM25 (title, body; query title boosted ×2) of the query
 *       document's terms against the candidate, divided by the best candidate's, so the best is 1.</li>
 * </ul>
 * The weights are non-negative and are used as given divided by their sum.
 *
 * <p>The defaults were tuned on the development split of the shared evaluation data (US CIP
 * programs against O*NET occupations; see the project README for the figures and the command).
 *
 * <p>Immutable and thread-safe. Negative, non-finite or all-zero weights get an
 * {@link IllegalArgumentException}.
 *
 * @param requirementCoverage weight of requirement coverage
 * @param outcomeRelevance weight of outcome relevance
 * @param titleSimilarity weight of title similarity
 * @param documentSimilarity weight of whole-document similarity
 * @param keywordRelevance weight of BM25 keyword relevance
 * @since 0.1.0
 */
public record RankingWeights(double requirementCoverage, double outcomeRelevance, double titleSimilarity,
        double documentSimilarity, double keywordRelevance) {

    /**
     * Coverage 0.30, relevance 0.05, title 0.30, document 0.10, keywords 0.40 (cross-validated over
     * CIP families: lexical mean MAP 0.4752 to 0.4927, hybrid 0.5282 to 0.5336; see docs/benchmarks.md).
     */
    public static final RankingWeights DEFAULTS = new RankingWeights(0.30, 0.05, 0.30, 0.10, 0.40);

    /** Validates. */
    public RankingWeights {
        double sum = 0;
        for (double w : new double[] {requirementCoverage, outcomeRelevance, titleSimilarity, documentSimilarity,
                keywordRelevance}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("ranking weights must be finite and >= 0, was " + w);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one ranking weight must be positive");
        }
    }

    /** @return the sum of the weights, by which each is divided */
    public double total() {
        return requirementCoverage + outcomeRelevance + titleSimilarity + documentSimilarity + keywordRelevance;
    }
}

package io.github.opennqf.benchmarks;

import java.util.List;
import java.util.Set;

/**
 * Ranking quality measures, as defined for the shared evaluation data: for one query with a
 * ranked list of candidates and its set of relevant candidates (binary relevance),
 * <ul>
 *   <li>Recall@k: relevant candidates in the first k, divided by all relevant ones;</li>
 *   <li>average precision: the mean, over every relevant candidate, of the precision at its rank
 *       (a relevant candidate missing from the ranking contributes 0) — MAP is its mean over queries,
 *       over the full gold set;</li>
 *   <li>reciprocal rank: 1 / the rank of the first relevant candidate, 0 if none;</li>
 *   <li>nDCG@k: Σ rel<sub>i</sub> / log2(i + 1) over the first k, divided by the same for an ideal ranking.</li>
 * </ul>
 * Immutable accumulator of per-query values; thread-safe.
 */
public record RankingMetrics(int queries, double recallAt10, double map, double mrr, double ndcgAt10) {

    /** The measures of one query. */
    public record Query(double recall, double averagePrecision, double reciprocalRank, double ndcg) {}

    /**
     * @param ranking candidate ids, best first
     * @param relevant the relevant ids; not empty
     * @param k the cut-off for recall and nDCG
     * @return the measures
     */
    public static Query of(List<String> ranking, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one relevant candidate");
        }
        int hits = 0;
        int hitsAtK = 0;
        double precisionSum = 0;
        double reciprocal = 0;
        double dcg = 0;
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                hits++;
                precisionSum += (double) hits / (i + 1);
                if (reciprocal == 0) {
                    reciprocal = 1.0 / (i + 1);
                }
                if (i < k) {
                    hitsAtK++;
                    dcg += 1.0 / log2(i + 2);
                }
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1.0 / log2(i + 2);
        }
        return new Query((double) hitsAtK / relevant.size(), precisionSum / relevant.size(), reciprocal, dcg / ideal);
    }

    /**
     * @param perQuery the measures of every query
     * @return their means
     */
    public static RankingMetrics mean(List<Query> perQuery) {
        double r = 0;
        double ap = 0;
        double rr = 0;
        double n = 0;
        for (Query q : perQuery) {
            r += q.recall();
            ap += q.averagePrecision();
            rr += q.reciprocalRank();
            n += q.ndcg();
        }
        int size = Math.max(1, perQuery.size());
        return new RankingMetrics(perQuery.size(), r / size, ap / size, rr / size, n / size);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** @return one line: queries, Recall@10, MAP, MRR, nDCG@10 */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "queries=%d Recall@10=%.3f MAP=%.3f MRR=%.3f nDCG@10=%.3f",
                queries, recallAt10, map, mrr, ndcgAt10);
    }
}

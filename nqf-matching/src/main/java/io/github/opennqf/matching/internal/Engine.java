package io.github.opennqf.matching.internal;

import java.util.Arrays;

/**
 * The fast path: scores one document against every document of the other side through the
 * inverted index, touching only statement pairs that share a term or a concept. The formula is
 * {@link Scoring}'s; this class only finds the pairs and collects the best per requirement.
 *
 * <p>For a query P (a program's outcomes, evidence statements) and a standard S, with {@code sim}
 * the {@link Scoring#similarity} rule:
 * <ul>
 *   <li>requirement coverage = {@link Scoring#coverage} of max<sub>o∈P</sub> sim(o, r) over r∈S;</li>
 *   <li>outcome relevance = mean over o∈P of max<sub>r∈S</sub> sim(o, r);</li>
 *   <li>title similarity = cosine of the two titles;</li>
 *   <li>document similarity = cosine of the two whole documents;</li>
 *   <li>keyword relevance = two-field BM25, normalised per query.</li>
 * </ul>
 * With {@code titles} on, the program's title also takes part as one more outcome in requirement
 * coverage (ranking); with it off, only outcomes and requirements count (coverage reports and
 * matrices), giving exactly the numbers of {@link Explainer}.
 *
 * <p>Not thread-safe: one instance per thread; it holds scratch arrays sized to the index.
 */
public final class Engine {
    /** Per target document: requirement coverage, outcome relevance, title similarity. */
    public record Scores(double[] requirementCoverage, double[] outcomeRelevance, double[] titleSimilarity,
            double[] documentSimilarity, double[] bm25) {}

    static final float K1 = 1.2f;
    static final float B = 0.75f;
    static final float QUERY_TITLE_BOOST = 2f;

    private final SideIndex target;
    private final Scoring scoring;
    private final boolean queryIsProgram;
    private final float[] acc;
    private final boolean[] conceptHit;
    private final int[] touched;
    private final float[] bestStatement;
    /** Bitset of the statements whose best similarity was raised in the current query. */
    private final long[] raised;
    private final float[] docMax;
    private final int[] touchedDocs;
    private final float[] queryDoc;

    Engine(SideIndex target, Scoring scoring, boolean queryIsProgram, int vocabularySize) {
        this.queryDoc = new float[vocabularySize];
        this.target = target;
        this.scoring = scoring;
        this.queryIsProgram = queryIsProgram;
        int n = target.statementCount();
        acc = new float[n];
        conceptHit = new boolean[n];
        touched = new int[n];
        bestStatement = new float[n];
        raised = new long[(n + 63) >>> 6];
        docMax = new float[target.docs.length];
        touchedDocs = new int[target.docs.length];
    }

    /**
     * @param query the query document
     * @param titles whether titles take part (ranking) or not (coverage)
     * @return the scores of every target document, in index order
     */
    public Scores score(DocVectors query, boolean titles) {
        int docs = target.docs.length;
        double[] coverage = new double[docs];
        double[] relevance = new double[docs];
        double[] titleSim = new double[docs];
        int queryStatements = query.size();
        // the arrays of the loops below in locals: the quick JIT compiler, which a short command-line
        // run uses alone, does not move field loads out of loops; the arithmetic is the same
        int[] touched = this.touched;
        int[] targetDoc = target.doc;
        int[] targetLocal = target.local;
        float[] acc = this.acc;
        boolean[] conceptHit = this.conceptHit;
        float[] bestStatement = this.bestStatement;
        long[] raised = this.raised;
        for (int q = titles ? 0 : 1; q < queryStatements; q++) {
            int count = accumulate(query, q);
            boolean queryTitle = q == 0;
            int docCount = 0;
            for (int i = 0; i < count; i++) {
                int g = touched[i];
                int d = targetDoc[g];
                int s = targetLocal[g];
                float cosine = acc[g];
                boolean concept = conceptHit[g];
                acc[g] = 0f;
                conceptHit[g] = false;
                boolean targetTitle = s == 0;
                if (queryTitle && targetTitle) {
                    titleSim[d] = Math.min(1f, cosine);
                    continue;
                }
                if (targetTitle && !titles) {
                    continue;
                }
                float sim = pair(query, q, g, s, cosine, concept);
                if (queryIsProgram) {
                    // target statements are requirements; the program title counts as one more outcome
                    if (!targetTitle && sim > bestStatement[g]) {
                        bestStatement[g] = sim;
                        raised[g >>> 6] |= 1L << g;
                    }
                    if (!queryTitle && !targetTitle) {
                        docCount = raiseDocMax(d, sim, docCount);
                    }
                } else {
                    // target statements are outcomes (or program titles, counted as outcomes)
                    if (!queryTitle && !targetTitle && sim > bestStatement[g]) {
                        bestStatement[g] = sim;
                        raised[g >>> 6] |= 1L << g;
                    }
                    if (!queryTitle) {
                        docCount = raiseDocMax(d, sim, docCount);
                    }
                }
            }
            float w = query.statementWeights[q];
            for (int i = 0; i < docCount; i++) {
                int d = touchedDocs[i];
                if (queryIsProgram) {
                    relevance[d] += docMax[d];
                } else {
                    coverage[d] = Scoring.addRequirement(coverage[d], w, docMax[d]);
                }
                docMax[d] = 0f;
            }
        }
        double queryWeight = 0;
        for (int q = 1; q < queryStatements; q++) {
            queryWeight += queryIsProgram ? 1.0 : query.statementWeights[q];
        }
        // Sum the raised statements of each document in statement order; statements never raised
        // add 0, which leaves a double sum unchanged, so skipping them gives the same numbers.
        double[] sums = new double[docs];
        for (int word = 0; word < raised.length; word++) {
            long bits = raised[word];
            raised[word] = 0L;
            while (bits != 0) {
                int g = (word << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int d = target.doc[g];
                if (queryIsProgram) {
                    sums[d] = Scoring.addRequirement(sums[d], target.weight[g], bestStatement[g]);
                } else {
                    sums[d] += bestStatement[g];
                }
                bestStatement[g] = 0f;
            }
        }
        for (int d = 0; d < docs; d++) {
            double weight = queryIsProgram ? target.bodyWeight[d] : target.docs[d].size() - 1;
            if (queryIsProgram) {
                coverage[d] = Scoring.coverage(sums[d], weight);
                relevance[d] = queryWeight == 0 ? 0 : relevance[d] / queryWeight;
            } else {
                relevance[d] = weight == 0 ? 0 : sums[d] / weight;
                coverage[d] = Scoring.coverage(coverage[d], queryWeight);
            }
        }
        double[] documentSim = new double[docs];
        if (titles) {
            for (int k = 0; k < query.docTerms.length; k++) {
                int t = query.docTerms[k];
                float w = query.docWeights[k];
                int[] post = target.docPostings[t];
                float[] pw = target.docPostingWeights[t];
                for (int p = 0; p < post.length; p++) {
                    documentSim[post[p]] += w * pw[p];
                }
            }
            for (int d = 0; d < docs; d++) {
                documentSim[d] = Math.min(1.0, documentSim[d]);
            }
        }
        double[] bm25 = new double[docs];
        if (titles) {
            bm25(query, bm25);
        }
        return new Scores(coverage, relevance, titleSim, documentSim, bm25);
    }

    /**
     * Two-field BM25 (title and body, each with its own statistics, k1 = 1.2, b = 0.75) of the
     * query's terms, the query's title terms counted twice, normalised by the best score so it lies
     * in [0, 1].
     */
    private void bm25(DocVectors query, double[] out) {
        for (int s = 0; s < query.size(); s++) {
            for (int k = 0; k < query.terms[s].length; k++) {
                queryDoc[query.terms[s][k]] += query.counts[s][k] * (s == 0 ? QUERY_TITLE_BOOST : 1f);
            }
        }
        for (int t : query.docTerms) {
            bm25Term(t, queryDoc[t], out);
            queryDoc[t] = 0f;
        }
        double max = 0;
        for (double v : out) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int d = 0; d < out.length; d++) {
                out[d] /= max;
            }
        }
    }

    private void bm25Term(int t, float queryWeight, double[] out) {
        int[] post = target.bm25Docs[t];
        float[] tt = target.bm25TitleTf[t];
        float[] bt = target.bm25BodyTf[t];
        float ti = target.bm25TitleIdf[t];
        float bi = target.bm25BodyIdf[t];
        for (int p = 0; p < post.length; p++) {
            int d = post[p];
            double score = 0;
            if (tt[p] > 0) {
                float norm = K1 * (1 - B + B * target.titleLength[d] / target.averageTitleLength);
                score += ti * tt[p] * (K1 + 1) / (tt[p] + norm);
            }
            if (bt[p] > 0) {
                float norm = K1 * (1 - B + B * target.bodyLength[d] / target.averageBodyLength);
                score += bi * bt[p] * (K1 + 1) / (bt[p] + norm);
            }
            out[d] += queryWeight * score;
        }
    }

    private int raiseDocMax(int d, float sim, int docCount) {
        if (docMax[d] == 0f && sim > 0f) {
            touchedDocs[docCount++] = d;
        }
        if (sim > docMax[d]) {
            docMax[d] = sim;
        }
        return docCount;
    }

    /** The similarity of query statement {@code q} and target statement {@code g} (local number {@code s}). */
    private float pair(DocVectors query, int q, int g, int s, float cosine, boolean concept) {
        if (queryIsProgram) {
            return scoring.similarity(cosine, concept, query.categories[q], target.category[g], query.levels[q],
                    target.level[g], q == 0 ? 1f : query.statementWeights[q]);
        }
        // a query-side statement's weight; a title (statement 0) counts fully as one more statement in ranking
        return scoring.similarity(cosine, concept, target.category[g], query.categories[q], target.level[g],
                query.levels[q], s == 0 ? 1f : target.weight[g]);
    }

    /** Accumulates dot products of query statement q with every target statement sharing a term. */
    private int accumulate(DocVectors query, int q) {
        int count = 0;
        int[] ts = query.terms[q];
        float[] ws = query.weights[q];
        // the arrays in locals, as in score
        int[][] postings = target.postings;
        float[][] postingWeights = target.postingWeights;
        float[] acc = this.acc;
        boolean[] conceptHit = this.conceptHit;
        int[] touched = this.touched;
        for (int k = 0; k < ts.length; k++) {
            int[] post = postings[ts[k]];
            float[] pw = postingWeights[ts[k]];
            float w = ws[k];
            for (int p = 0; p < post.length; p++) {
                int g = post[p];
                if (acc[g] == 0f && !conceptHit[g]) {
                    touched[count++] = g;
                }
                acc[g] += w * pw[p];
            }
        }
        for (String c : query.concepts[q]) {
            int[] post = target.conceptPostings.get(c);
            if (post != null) {
                for (int g : post) {
                    if (acc[g] == 0f && !conceptHit[g]) {
                        touched[count++] = g;
                    }
                    conceptHit[g] = true;
                }
            }
        }
        return count;
    }
}

package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.internal.text.TermSpans;
import org.jspecify.annotations.Nullable;

/**
 * The analysed statements of one document (a standard or a program): sparse, L2-normalised
 * TF-IDF vectors with sorted term ids, plus what scoring needs per statement. Statement 0 is the
 * document's title; the rest are its requirements or outcomes, in order. Immutable once built.
 */
public final class DocVectors {
    final String id;
    final int[][] terms;
    final float[][] weights;
    /** Raw term frequencies, aligned with {@link #terms}. */
    final float[][] counts;
    final byte[] categories;
    final int[] levels;
    final String[][] concepts;
    /** Weight of each statement in aggregation; the title's is 0. */
    final float[] statementWeights;
    /**
     * Per statement, how specific it is to its document: 1 / the number of documents of its side
     * holding the same analysed statement (at least 1), so boilerplate repeated across many
     * documents weighs little in the ranking signals; the title's is 1. Coverage does not use it.
     */
    final float[] specificity;
    final float totalWeight;
    /** The whole document (title and every statement) as one normalised vector, sorted term ids. */
    final int[] docTerms;
    final float[] docWeights;
    /**
     * For a program vectorised as a query, per statement the spans of each language version of its
     * text in tag order (null for the title), for {@link OutcomeWords}; {@code null} for compiled
     * documents, whose words are analysed again when explained.
     */
    final TermSpans @Nullable [] @Nullable [] spans;

    /**
     * Vectors with their whole-document vector given: as {@link #wholeDocument} computed it when
     * the document was compiled, or as a saved matcher restores it.
     */
    DocVectors(String id, int[][] terms, float[][] weights, float[][] counts, byte[] categories, int[] levels,
            String[][] concepts, float[] statementWeights, float[] specificity, TermSpans @Nullable [] @Nullable [] spans,
            int[] docTerms, float[] docWeights) {
        this.id = id;
        this.spans = spans;
        this.specificity = specificity;
        this.terms = terms;
        this.weights = weights;
        this.counts = counts;
        this.categories = categories;
        this.levels = levels;
        this.concepts = concepts;
        this.statementWeights = statementWeights;
        float total = 0;
        for (int i = 1; i < statementWeights.length; i++) {
            total += statementWeights[i];
        }
        this.totalWeight = total;
        this.docTerms = docTerms;
        this.docWeights = docWeights;
    }

    /** Vectors whose whole-document vector is computed from the statements. */
    static DocVectors of(String id, int[][] terms, float[][] weights, float[][] counts, byte[] categories, int[] levels,
            String[][] concepts, float[] statementWeights, float[] specificity, TermSpans @Nullable [] @Nullable [] spans) {
        Whole whole = wholeDocument(terms, weights, specificity);
        return new DocVectors(id, terms, weights, counts, categories, levels, concepts, statementWeights, specificity, spans,
                whole.terms(), whole.weights());
    }

    /** A whole-document vector: sorted term ids and their normalised weights. */
    private record Whole(int[] terms, float[] weights) {}

    /**
     * The whole-document vector: statement vectors, each times its specificity (so boilerplate
     * shared with many other documents weighs little), summed term by term in statement order,
     * sorted by term id and normalised.
     *
     * @return the vector
     */
    private static Whole wholeDocument(int[][] terms, float[][] weights, float[] specificity) {
        java.util.HashMap<Integer, float[]> sum = new java.util.HashMap<>();
        for (int s = 0; s < terms.length; s++) {
            for (int k = 0; k < terms[s].length; k++) {
                sum.computeIfAbsent(terms[s][k], t -> new float[1])[0] += weights[s][k] * specificity[s];
            }
        }
        int[] ids = new int[sum.size()];
        float[] ws = new float[sum.size()];
        int n = 0;
        double norm = 0;
        for (java.util.Map.Entry<Integer, float[]> e : sum.entrySet()) {
            ids[n] = e.getKey();
            ws[n] = e.getValue()[0];
            n++;
        }
        PrimitiveSort.sortByKey(ids, ws, new float[n]);
        for (float w : ws) {
            norm += (double) w * w;
        }
        float inv = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
        for (int k = 0; k < n; k++) {
            ws[k] *= inv;
        }
        return new Whole(ids, ws);
    }

    /** @return the number of statements, title included */
    int size() {
        return terms.length;
    }

    /**
     * Sparse dot product of statement {@code i} here and {@code j} there, summed in term-id order.
     * A much shorter vector is looked up in the longer one by galloping search instead of a
     * merge; both visit the shared terms in the same order, so the result is the same.
     */
    float dot(int i, DocVectors other, int j) {
        int[] a = terms[i];
        int[] b = other.terms[j];
        float[] wa = weights[i];
        float[] wb = other.weights[j];
        float sum = 0;
        if (a.length * 8 < b.length) {
            int from = 0;
            for (int x = 0; x < a.length && from < b.length; x++) {
                int y = gallop(b, from, a[x]);
                if (y >= 0) {
                    sum += wa[x] * wb[y];
                    from = y + 1;
                } else {
                    from = -y - 1;
                }
            }
            return sum;
        }
        if (b.length * 8 < a.length) {
            int from = 0;
            for (int y = 0; y < b.length && from < a.length; y++) {
                int x = gallop(a, from, b[y]);
                if (x >= 0) {
                    sum += wa[x] * wb[y];
                    from = x + 1;
                } else {
                    from = -x - 1;
                }
            }
            return sum;
        }
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sum += wa[x] * wb[y];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /** Index of {@code key} in the sorted {@code values} from {@code from}, or {@code -(insertion point) - 1}. */
    private static int gallop(int[] values, int from, int key) {
        int step = 1;
        int hi = from;
        while (hi < values.length && values[hi] < key) {
            from = hi + 1;
            hi += step;
            step <<= 1;
        }
        return java.util.Arrays.binarySearch(values, from, Math.min(hi + 1, values.length), key);
    }

    boolean sharesConcept(int i, DocVectors other, int j) {
        for (String c : concepts[i]) {
            for (String d : other.concepts[j]) {
                if (c.equals(d)) {
                    return true;
                }
            }
        }
        return false;
    }
}

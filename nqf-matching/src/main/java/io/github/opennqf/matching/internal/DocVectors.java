package io.github.opennqf.matching.internal;

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
    final float totalWeight;
    /** The whole document (title and every statement) as one normalised vector, sorted term ids. */
    final int[] docTerms;
    final float[] docWeights;

    DocVectors(String id, int[][] terms, float[][] weights, float[][] counts, byte[] categories, int[] levels,
            String[][] concepts, float[] statementWeights) {
        this.id = id;
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
        java.util.TreeMap<Integer, Float> sum = new java.util.TreeMap<>();
        for (int s = 0; s < terms.length; s++) {
            for (int k = 0; k < terms[s].length; k++) {
                sum.merge(terms[s][k], weights[s][k], Float::sum);
            }
        }
        double norm = 0;
        for (float w : sum.values()) {
            norm += (double) w * w;
        }
        float inv = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
        docTerms = new int[sum.size()];
        docWeights = new float[sum.size()];
        int k = 0;
        for (java.util.Map.Entry<Integer, Float> e : sum.entrySet()) {
            docTerms[k] = e.getKey();
            docWeights[k] = e.getValue() * inv;
            k++;
        }
    }

    /** @return the number of statements, title included */
    int size() {
        return terms.length;
    }

    /** Sparse dot product of statement {@code i} here and {@code j} there, summed in term-id order. */
    float dot(int i, DocVectors other, int j) {
        int[] a = terms[i];
        int[] b = other.terms[j];
        float[] wa = weights[i];
        float[] wb = other.weights[j];
        float sum = 0;
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

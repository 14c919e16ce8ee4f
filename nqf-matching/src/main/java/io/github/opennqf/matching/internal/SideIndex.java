package io.github.opennqf.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index over the statements of one side (all standards, or all programs): for each
 * term, the statements that contain it with their weights, in statement order. Statements are
 * numbered globally; {@link #doc} and {@link #local} give a statement's document and position.
 * Immutable after construction.
 */
final class SideIndex {
    /** Shared by every term absent from this side (most of the other side's vocabulary). */
    private static final int[] NO_INTS = new int[0];
    private static final float[] NO_FLOATS = new float[0];

    final DocVectors[] docs;
    final int[] doc;
    final int[] local;
    final int[] docStart;
    /** Per document, the sum of its statement weights (title excluded), added in statement order. */
    final double[] bodyWeight;
    final int[][] postings;
    final float[][] postingWeights;
    final Map<String, int[]> conceptPostings;
    /** Per term: documents containing it, with title and body frequencies (BM25 fields). */
    final int[][] bm25Docs;
    final float[][] bm25TitleTf;
    final float[][] bm25BodyTf;
    final float[] bm25TitleIdf;
    final float[] bm25BodyIdf;
    final float[] titleLength;
    final float[] bodyLength;
    final float averageTitleLength;
    final float averageBodyLength;
    final int[][] docPostings;
    final float[][] docPostingWeights;

    SideIndex(DocVectors[] docs, int vocabularySize) {
        this.docs = docs;
        int total = 0;
        docStart = new int[docs.length + 1];
        for (int d = 0; d < docs.length; d++) {
            docStart[d] = total;
            total += docs[d].size();
        }
        docStart[docs.length] = total;
        bodyWeight = new double[docs.length];
        for (int d = 0; d < docs.length; d++) {
            double w = 0;
            for (int st = 1; st < docs[d].size(); st++) {
                w += docs[d].statementWeights[st];
            }
            bodyWeight[d] = w;
        }
        doc = new int[total];
        local = new int[total];
        int[] counts = new int[vocabularySize];
        Map<String, List<Integer>> concepts = new HashMap<>();
        int g = 0;
        for (int d = 0; d < docs.length; d++) {
            for (int s = 0; s < docs[d].size(); s++, g++) {
                doc[g] = d;
                local[g] = s;
                for (int t : docs[d].terms[s]) {
                    counts[t]++;
                }
                for (String c : docs[d].concepts[s]) {
                    concepts.computeIfAbsent(c, k -> new ArrayList<>()).add(g);
                }
            }
        }
        postings = new int[vocabularySize][];
        postingWeights = new float[vocabularySize][];
        for (int t = 0; t < vocabularySize; t++) {
            postings[t] = ints(counts[t]);
            postingWeights[t] = floats(counts[t]);
        }
        int[] fill = new int[vocabularySize];
        g = 0;
        for (DocVectors dv : docs) {
            for (int s = 0; s < dv.size(); s++, g++) {
                int[] ts = dv.terms[s];
                for (int k = 0; k < ts.length; k++) {
                    int t = ts[k];
                    postings[t][fill[t]] = g;
                    postingWeights[t][fill[t]] = dv.weights[s][k];
                    fill[t]++;
                }
            }
        }
        int[] docCounts = new int[vocabularySize];
        for (DocVectors dv : docs) {
            for (int t : dv.docTerms) {
                docCounts[t]++;
            }
        }
        docPostings = new int[vocabularySize][];
        docPostingWeights = new float[vocabularySize][];
        for (int t = 0; t < vocabularySize; t++) {
            docPostings[t] = ints(docCounts[t]);
            docPostingWeights[t] = floats(docCounts[t]);
        }
        int[] docFill = new int[vocabularySize];
        for (int d = 0; d < docs.length; d++) {
            DocVectors dv = docs[d];
            for (int k = 0; k < dv.docTerms.length; k++) {
                int t = dv.docTerms[k];
                docPostings[t][docFill[t]] = d;
                docPostingWeights[t][docFill[t]] = dv.docWeights[k];
                docFill[t]++;
            }
        }
        titleLength = new float[docs.length];
        bodyLength = new float[docs.length];
        int[] bmCount = new int[vocabularySize];
        int[] titleDf = new int[vocabularySize];
        int[] bodyDf = new int[vocabularySize];
        List<java.util.TreeMap<Integer, float[]>> perDoc = new ArrayList<>(docs.length);
        double titleSum = 0;
        double bodySum = 0;
        for (int d = 0; d < docs.length; d++) {
            java.util.TreeMap<Integer, float[]> tf = new java.util.TreeMap<>();
            DocVectors dv = docs[d];
            for (int st = 0; st < dv.size(); st++) {
                for (int k = 0; k < dv.terms[st].length; k++) {
                    float[] f = tf.computeIfAbsent(dv.terms[st][k], x -> new float[2]);
                    // body frequencies count each statement by its weight (essential and core
                    // requirements more, supplemental ones less) and its specificity (boilerplate
                    // shared with many documents hardly at all, in frequency or length); the title
                    // counts once
                    float tfw = st > 0 ? dv.statementWeights[st] * dv.specificity[st] : 1f;
                    f[st == 0 ? 0 : 1] += dv.counts[st][k] * tfw;
                    if (st == 0) {
                        titleLength[d] += dv.counts[st][k];
                    } else {
                        bodyLength[d] += dv.counts[st][k] * dv.specificity[st];
                    }
                }
            }
            for (Map.Entry<Integer, float[]> e : tf.entrySet()) {
                bmCount[e.getKey()]++;
                if (e.getValue()[0] > 0) {
                    titleDf[e.getKey()]++;
                }
                if (e.getValue()[1] > 0) {
                    bodyDf[e.getKey()]++;
                }
            }
            titleSum += titleLength[d];
            bodySum += bodyLength[d];
            perDoc.add(tf);
        }
        averageTitleLength = docs.length == 0 ? 1f : (float) Math.max(1e-6, titleSum / docs.length);
        averageBodyLength = docs.length == 0 ? 1f : (float) Math.max(1e-6, bodySum / docs.length);
        bm25Docs = new int[vocabularySize][];
        bm25TitleTf = new float[vocabularySize][];
        bm25BodyTf = new float[vocabularySize][];
        bm25TitleIdf = new float[vocabularySize];
        bm25BodyIdf = new float[vocabularySize];
        for (int t = 0; t < vocabularySize; t++) {
            bm25Docs[t] = ints(bmCount[t]);
            bm25TitleTf[t] = floats(bmCount[t]);
            bm25BodyTf[t] = floats(bmCount[t]);
            bm25TitleIdf[t] = (float) Math.log(1 + (docs.length - titleDf[t] + 0.5) / (titleDf[t] + 0.5));
            bm25BodyIdf[t] = (float) Math.log(1 + (docs.length - bodyDf[t] + 0.5) / (bodyDf[t] + 0.5));
        }
        int[] bmFill = new int[vocabularySize];
        for (int d = 0; d < docs.length; d++) {
            for (Map.Entry<Integer, float[]> e : perDoc.get(d).entrySet()) {
                int t = e.getKey();
                bm25Docs[t][bmFill[t]] = d;
                bm25TitleTf[t][bmFill[t]] = e.getValue()[0];
                bm25BodyTf[t][bmFill[t]] = e.getValue()[1];
                bmFill[t]++;
            }
        }
        for (int t = 0; t < vocabularySize; t++) {
            // a term's documents are usually the same in both lists: keep one copy
            if (java.util.Arrays.equals(docPostings[t], bm25Docs[t])) {
                bm25Docs[t] = docPostings[t];
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        concepts.forEach((c, list) -> frozen.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        conceptPostings = Map.copyOf(frozen);
    }

    private static int[] ints(int n) {
        return n == 0 ? NO_INTS : new int[n];
    }

    private static float[] floats(int n) {
        return n == 0 ? NO_FLOATS : new float[n];
    }

    int statementCount() {
        return doc.length;
    }

    /** Approximate heap size of the postings, in bytes. */
    long postingBytes() {
        long bytes = 0;
        for (int[] p : postings) {
            bytes += 16 + 8L * p.length;
        }
        for (int t = 0; t < bm25Docs.length; t++) {
            // two frequency arrays, and the document ids unless shared with docPostings
            bytes += 16 + (bm25Docs[t] == docPostings[t] ? 8L : 12L) * bm25Docs[t].length;
        }
        for (int[] p : docPostings) {
            bytes += 16 + 8L * p.length;
        }
        return bytes + 8L * doc.length;
    }
}

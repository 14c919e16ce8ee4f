package io.github.opennqf.matching.internal;

import java.util.HashMap;
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
    /**
     * Per statement, by global number: its category mask, level key and weight, copied out of the
     * documents so that scoring a pair reads three flat arrays instead of a document's.
     */
    final byte[] category;
    final int[] level;
    final float[] weight;
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
        category = new byte[total];
        level = new int[total];
        weight = new float[total];
        int[] counts = new int[vocabularySize];
        // concept postings in two passes over dense counts, without boxing each statement number
        Map<String, int[]> conceptCounts = new HashMap<>();
        int g = 0;
        for (int d = 0; d < docs.length; d++) {
            for (int s = 0; s < docs[d].size(); s++, g++) {
                doc[g] = d;
                local[g] = s;
                category[g] = docs[d].categories[s];
                level[g] = docs[d].levels[s];
                weight[g] = docs[d].statementWeights[s];
                for (int t : docs[d].terms[s]) {
                    counts[t]++;
                }
                for (String c : docs[d].concepts[s]) {
                    conceptCounts.computeIfAbsent(c, k -> new int[1])[0]++;
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
        // per-document title and body frequencies, accumulated in dense scratch arrays over the
        // terms a document touches; two passes (count, then fill) so that nothing per document
        // is kept between them
        float[] titleTf = new float[vocabularySize];
        float[] bodyTf = new float[vocabularySize];
        boolean[] touched = new boolean[vocabularySize];
        int[] touchedTerms = new int[vocabularySize];
        double titleSum = 0;
        double bodySum = 0;
        for (int d = 0; d < docs.length; d++) {
            int n = frequencies(docs[d], titleTf, bodyTf, touched, touchedTerms, d);
            for (int i = 0; i < n; i++) {
                int t = touchedTerms[i];
                bmCount[t]++;
                if (titleTf[t] > 0) {
                    titleDf[t]++;
                }
                if (bodyTf[t] > 0) {
                    bodyDf[t]++;
                }
                titleTf[t] = 0;
                bodyTf[t] = 0;
                touched[t] = false;
            }
            titleSum += titleLength[d];
            bodySum += bodyLength[d];
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
            int n = frequencies(docs[d], titleTf, bodyTf, touched, touchedTerms, -1);
            for (int i = 0; i < n; i++) {
                int t = touchedTerms[i];
                bm25Docs[t][bmFill[t]] = d;
                bm25TitleTf[t][bmFill[t]] = titleTf[t];
                bm25BodyTf[t][bmFill[t]] = bodyTf[t];
                bmFill[t]++;
                titleTf[t] = 0;
                bodyTf[t] = 0;
                touched[t] = false;
            }
        }
        for (int t = 0; t < vocabularySize; t++) {
            // a term's documents are usually the same in both lists: keep one copy
            if (java.util.Arrays.equals(docPostings[t], bm25Docs[t])) {
                bm25Docs[t] = docPostings[t];
            }
        }
        Map<String, int[]> frozen = new HashMap<>(conceptCounts.size() * 2);
        conceptCounts.forEach((c, n) -> frozen.put(c, new int[n[0]]));
        g = 0;
        for (DocVectors dv : docs) {
            for (int s = 0; s < dv.size(); s++, g++) {
                for (String c : dv.concepts[s]) {
                    int[] post = frozen.get(c);
                    // the count slot now counts down the free places; fill in statement order
                    int[] left = conceptCounts.get(c);
                    post[post.length - left[0]] = g;
                    left[0]--;
                }
            }
        }
        conceptPostings = Map.copyOf(frozen);
    }

    /**
     * Adds one document's BM25 title and body frequencies into {@code titleTf} and {@code bodyTf}
     * (which must be zero on the document's terms) and lists the terms it touched, in first-touch
     * order, in {@code touchedTerms}. Body frequencies count each statement by its weight
     * (essential and core requirements more, supplemental ones less) and its specificity
     * (boilerplate shared with many documents hardly at all, in frequency or length); the title
     * counts once. When {@code lengthsOf} is a document index, also sets that document's title and
     * body lengths.
     *
     * @return how many terms were touched
     */
    private int frequencies(DocVectors dv, float[] titleTf, float[] bodyTf, boolean[] touched, int[] touchedTerms,
            int lengthsOf) {
        int n = 0;
        for (int st = 0; st < dv.size(); st++) {
            float tfw = st > 0 ? dv.statementWeights[st] * dv.specificity[st] : 1f;
            int[] terms = dv.terms[st];
            float[] counts = dv.counts[st];
            for (int k = 0; k < terms.length; k++) {
                int t = terms[k];
                if (!touched[t]) {
                    touched[t] = true;
                    touchedTerms[n++] = t;
                }
                if (st == 0) {
                    titleTf[t] += counts[k] * tfw;
                    if (lengthsOf >= 0) {
                        titleLength[lengthsOf] += counts[k];
                    }
                } else {
                    bodyTf[t] += counts[k] * tfw;
                    if (lengthsOf >= 0) {
                        bodyLength[lengthsOf] += counts[k] * dv.specificity[st];
                    }
                }
            }
        }
        return n;
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

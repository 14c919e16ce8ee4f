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
    final DocVectors[] docs;
    final int[] doc;
    final int[] local;
    final int[] docStart;
    final int[][] postings;
    final float[][] postingWeights;
    final Map<String, int[]> conceptPostings;

    SideIndex(DocVectors[] docs, int vocabularySize) {
        this.docs = docs;
        int total = 0;
        docStart = new int[docs.length + 1];
        for (int d = 0; d < docs.length; d++) {
            docStart[d] = total;
            total += docs[d].size();
        }
        docStart[docs.length] = total;
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
            postings[t] = new int[counts[t]];
            postingWeights[t] = new float[counts[t]];
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
        Map<String, int[]> frozen = new HashMap<>();
        concepts.forEach((c, list) -> frozen.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        conceptPostings = Map.copyOf(frozen);
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
        return bytes + 8L * doc.length;
    }
}

package io.github.opennqf.matching.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Sorting of primitive arrays without boxing or comparator calls: the ranking order of scored
 * candidates, and (key, value) pairs by key. Not API.
 */
public final class PrimitiveSort {
    private static final int INSERTION_RUN = 16;

    private PrimitiveSort() {}

    /**
     * The candidates in ranking order: score descending in {@link Double#compare} order, ties by
     * {@code rank} ascending.
     *
     * @param scores one score per candidate
     * @param rank each candidate's position among the candidates' ids sorted; a permutation of
     *     {@code 0 .. scores.length - 1}
     * @return candidate indices, best first
     */
    public static int[] orderByScore(double[] scores, int[] rank) {
        int n = scores.length;
        int[] byRank = new int[n];
        for (int i = 0; i < n; i++) {
            byRank[rank[i]] = i;
        }
        // one long per candidate: its descending key with the low bits replaced by its rank, so
        // that one radix sort orders by key, then rank
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        long rankMask = (1L << bits) - 1;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((descending(scores[i]) >> bits) << bits) | rank[i];
        }
        radixSort(packed);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = byRank[(int) (packed[r] & rankMask)];
        }
        // candidates whose keys agree except in the dropped low bits are now in rank order; sort
        // each such run stably by the whole key
        long @Nullable [] key = null;
        int @Nullable [] buffer = null;
        for (int from = 0, to; from < n; from = to) {
            long head = packed[from] >> bits;
            to = from + 1;
            while (to < n && (packed[to] >> bits) == head) {
                to++;
            }
            if (to - from > 1) {
                if (key == null) {
                    key = new long[n];
                    for (int i = 0; i < n; i++) {
                        key[i] = descending(scores[i]);
                    }
                    buffer = new int[n];
                }
                mergeSort(order, buffer, key, from, to);
            }
        }
        return order;
    }

    /**
     * The first {@code k} of {@link #orderByScore}, without ordering the rest: the best {@code k}
     * kept in a heap whose root is the worst of them (n log k comparisons), then those sorted.
     *
     * @param scores one score per candidate
     * @param rank as for {@link #orderByScore}
     * @param k how many, at least 0
     * @return the best {@code min(k, scores.length)} candidate indices, best first
     */
    public static int[] bestByScore(double[] scores, int[] rank, int k) {
        int n = scores.length;
        int m = Math.min(k, n);
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            key[i] = descending(scores[i]);
        }
        int[] heap = new int[m];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size < m) {
                heap[size] = i;
                siftUp(heap, size++, key, rank);
            } else if (m > 0 && before(i, heap[0], key, rank)) {
                heap[0] = i;
                siftDown(heap, m, key, rank);
            }
        }
        // popping the worst to the end leaves the heap's array best first
        for (int end = m - 1; end > 0; end--) {
            int worst = heap[0];
            heap[0] = heap[end];
            heap[end] = worst;
            siftDown(heap, end, key, rank);
        }
        return heap;
    }

    /** @return whether candidate {@code a} ranks before {@code b}: a smaller descending key, then a smaller rank */
    private static boolean before(int a, int b, long[] key, int[] rank) {
        return key[a] < key[b] || (key[a] == key[b] && rank[a] < rank[b]);
    }

    /** Restores the heap (the worst candidate at the root) after adding at {@code at}. */
    private static void siftUp(int[] heap, int at, long[] key, int[] rank) {
        int c = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(heap[parent], c, key, rank)) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = c;
    }

    /** Restores the heap of the first {@code size} entries after replacing the root. */
    private static void siftDown(int[] heap, int size, long[] key, int[] rank) {
        int c = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child], heap[child + 1], key, rank)) {
                child++;
            }
            if (!before(c, heap[child], key, rank)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = c;
    }

    /**
     * Sorts signed longs ascending: least-significant-digit radix sort by bytes, skipping the bytes
     * in which all values agree. Branch-free, unlike a comparison sort of keys in random order.
     */
    static void radixSort(long[] values) {
        int n = values.length;
        long or = 0;
        long and = -1L;
        for (long v : values) {
            or |= v;
            and &= v;
        }
        long differ = or ^ and;
        long[] from = values;
        long[] to = new long[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            if (((differ >>> shift) & 0xFF) == 0) {
                continue;
            }
            // the top byte carries the sign: flip its high bit so that negatives come first
            int flip = shift == 56 ? 0x80 : 0;
            Arrays.fill(count, 0);
            for (long v : from) {
                count[(((int) (v >>> shift) & 0xFF) ^ flip) + 1]++;
            }
            for (int i = 1; i < count.length; i++) {
                count[i] += count[i - 1];
            }
            for (long v : from) {
                to[count[((int) (v >>> shift) & 0xFF) ^ flip]++] = v;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, n);
        }
    }

    /**
     * A long whose signed order is the reverse of {@link Double#compare}'s order of the doubles
     * (-0.0 below 0.0, NaN above everything).
     */
    static long descending(double value) {
        long bits = Double.doubleToLongBits(value);
        return ~(bits ^ ((bits >> 63) & Long.MAX_VALUE));
    }

    /** Sorts {@code a[from, to)} stably by {@code key[a[i]]} ascending. */
    private static void mergeSort(int[] a, int[] buf, long[] key, int from, int to) {
        if (to - from <= INSERTION_RUN) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                long kv = key[v];
                int j = i - 1;
                while (j >= from && key[a[j]] > kv) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buf, key, from, mid);
        mergeSort(a, buf, key, mid, to);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, buf, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && key[buf[i]] <= key[buf[j]])) {
                a[k] = buf[i++];
            } else {
                a[k] = buf[j++];
            }
        }
    }

    /**
     * Sorts the parallel arrays by {@code keys} ascending, stably.
     *
     * @param keys non-negative keys, such as term ids
     * @param first values moved with their keys
     * @param second values moved with their keys
     */
    public static void sortByKey(int[] keys, float[] first, float[] second) {
        int n = keys.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) keys[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] k2 = new int[n];
        float[] f2 = new float[n];
        float[] s2 = new float[n];
        for (int i = 0; i < n; i++) {
            int from = (int) packed[i];
            k2[i] = keys[from];
            f2[i] = first[from];
            s2[i] = second[from];
        }
        System.arraycopy(k2, 0, keys, 0, n);
        System.arraycopy(f2, 0, first, 0, n);
        System.arraycopy(s2, 0, second, 0, n);
    }
}

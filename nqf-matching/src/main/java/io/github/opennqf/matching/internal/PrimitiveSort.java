package io.github.opennqf.matching.internal;

/**
 * Sorting of primitive arrays without boxing: a stable merge sort of int indices under an int
 * comparator, and sorting of (key, value) pairs by key. Not API.
 */
public final class PrimitiveSort {
    private PrimitiveSort() {}

    /** Compares two indices. */
    @FunctionalInterface
    public interface IntComparator {
        int compare(int a, int b);
    }

    /** Sorts {@code values} in place, stably, under {@code comparator}. */
    public static void sort(int[] values, IntComparator comparator) {
        int[] buffer = new int[values.length];
        mergeSort(values, buffer, 0, values.length, comparator);
    }

    private static void mergeSort(int[] a, int[] buf, int from, int to, IntComparator c) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && c.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buf, from, mid, c);
        mergeSort(a, buf, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, buf, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && c.compare(buf[i], buf[j]) <= 0)) {
                a[k] = buf[i++];
            } else {
                a[k] = buf[j++];
            }
        }
    }

    /** Sorts the parallel arrays by {@code keys} ascending; keys must be distinct. */
    public static void sortByKey(int[] keys, float[] first, float[] second) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
        int[] k2 = new int[n];
        float[] f2 = new float[n];
        float[] s2 = new float[n];
        for (int i = 0; i < n; i++) {
            k2[i] = keys[order[i]];
            f2[i] = first[order[i]];
            s2[i] = second[order[i]];
        }
        System.arraycopy(k2, 0, keys, 0, n);
        System.arraycopy(f2, 0, first, 0, n);
        System.arraycopy(s2, 0, second, 0, n);
    }
}

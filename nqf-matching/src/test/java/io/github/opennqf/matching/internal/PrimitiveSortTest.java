package io.github.opennqf.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The primitive sorts give the orders of the boxed, comparator-based sorts they replace. */
class PrimitiveSortTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, 0.5, Double.NaN, -1.0, Double.MIN_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.25};

    @Property(tries = 300)
    void orderByScoreIsScoreDescendingThenRank(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2000) int n) {
        Random random = new Random(seed);
        double[] scores = scores(random, n);
        int[] rank = shuffledRanks(random, n);

        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            expected[i] = i;
        }
        Arrays.sort(expected, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Integer.compare(rank[a], rank[b]);
        });
        assertThat(PrimitiveSort.orderByScore(scores, rank))
                .containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 300)
    void bestByScoreIsTheFirstKOfTheWholeOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1200) int n,
            @ForAll @IntRange(min = 0, max = 1300) int k) {
        Random random = new Random(seed);
        double[] scores = scores(random, n);
        int[] rank = shuffledRanks(random, n);

        int[] whole = PrimitiveSort.orderByScore(scores, rank);
        assertThat(PrimitiveSort.bestByScore(scores, rank, k)).containsExactly(Arrays.copyOf(whole, Math.min(k, n)));
    }

    /** Many ties, every special value, and values a few ulps apart (equal in the packed key). */
    private static double[] scores(Random random, int n) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = switch (random.nextInt(4)) {
                case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
                case 1 -> random.nextInt(5) / 4.0;
                case 2 -> 0.5 + random.nextInt(3000) * Math.ulp(0.5);
                default -> random.nextDouble();
            };
        }
        return scores;
    }

    /** @return a random permutation of 0 .. n - 1 */
    private static int[] shuffledRanks(Random random, int n) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, random);
        return ranks.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void descendingKeysReverseDoubleCompare() {
        for (double a : SPECIAL) {
            for (double b : SPECIAL) {
                assertThat(Long.signum(Long.compare(PrimitiveSort.descending(a), PrimitiveSort.descending(b))))
                        .as("%s vs %s", a, b).isEqualTo(-Integer.signum(Double.compare(a, b)));
            }
        }
    }

    @Property(tries = 300)
    void radixSortSortsSignedLongs(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1500) int n) {
        Random random = new Random(seed);
        long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, 0xFFL, 0x100L, -0x100L};
        long[] values = new long[n];
        int shape = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            values[i] = switch (shape) {
                case 0 -> random.nextLong();
                // values that agree in most bytes, so that passes are skipped
                case 1 -> 0x3FE0_0000_0000_0000L + random.nextInt(5000);
                default -> random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong() >> 40;
            };
        }
        long[] expected = values.clone();
        Arrays.sort(expected);
        PrimitiveSort.radixSort(values);
        assertThat(values).containsExactly(expected);
    }

    @Property(tries = 200)
    void sortByKeyMovesValuesWithTheirKeys(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n) {
        Random random = new Random(seed);
        int[] keys = random.ints(0, 1_000_000).distinct().limit(n).toArray();
        float[] first = new float[keys.length];
        float[] second = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            first[i] = keys[i] * 0.5f;
            second[i] = -keys[i];
        }
        int[] expected = keys.clone();
        Arrays.sort(expected);
        PrimitiveSort.sortByKey(keys, first, second);
        assertThat(keys).containsExactly(expected);
        for (int i = 0; i < keys.length; i++) {
            assertThat(first[i]).isEqualTo(keys[i] * 0.5f);
            assertThat(second[i]).isEqualTo((float) -keys[i]);
        }
    }
}

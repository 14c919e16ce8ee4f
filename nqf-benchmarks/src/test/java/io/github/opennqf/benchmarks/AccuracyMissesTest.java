package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccuracyMissesTest {

    /** A ranking of the standards S00…S19, with the given ones moved to the given ranks (1-based). */
    private static List<String> ranking(Map<String, Integer> placed) {
        List<String> rest = new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> String.format("S%02d", i))
                .filter(s -> !placed.containsKey(s)).toList());
        String[] out = new String[20];
        placed.forEach((s, r) -> out[r - 1] = s);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = rest.remove(0);
            }
        }
        return List.of(out);
    }

    @Test
    void ranksStandardsByTheRecallTheirMissedLinksCost() {
        // P1 has two links: S05 at rank 12 (missed, costs 1/2) and S06 at rank 1
        // P2 has one link: S05 at rank 15 (missed, costs 1)
        // P3 has two links: S07 at rank 11 (missed, costs 1/2) and S05 at rank 3
        Map<String, List<String>> rankings = Map.of(
                "P1", ranking(Map.of("S05", 12, "S06", 1)),
                "P2", ranking(Map.of("S05", 15)),
                "P3", ranking(Map.of("S07", 11, "S05", 3)));
        Map<String, Set<String>> gold = Map.of("P1", Set.of("S05", "S06"), "P2", Set.of("S05"), "P3", Set.of("S07", "S05"));
        AccuracyBenchmark.Result result = new AccuracyBenchmark.Result(RankingMetrics.mean(List.of()), 0, 0, 3, 20,
                rankings, gold);

        List<String> lines = result.misses(2).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("standard").contains("recall_lost", "median_rank");
        // S05: 3 links, 2 missed, (1/2 + 1) / 3 programs = 0.5, ranks 3, 12, 15 -> median 12
        assertThat(lines.get(1).split("\\s+")).containsExactly("S05", "3", "2", "0.5000", "12");
        // S07: 1 link, missed, (1/2) / 3 = 0.1667, rank 11; S06 (nothing lost) is cut by top = 2
        assertThat(lines.get(2).split("\\s+")).containsExactly("S07", "1", "1", "0.1667", "11");
    }
}

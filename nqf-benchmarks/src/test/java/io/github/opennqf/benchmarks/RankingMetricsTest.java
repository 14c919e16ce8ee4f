package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void handComputedExample() {
        // relevant at ranks 2 and 4; a third relevant id is never ranked
        RankingMetrics.Query q = RankingMetrics.of(List.of("a", "B", "c", "D", "e"), Set.of("B", "D", "Z"), 10);
        assertThat(q.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(q.averagePrecision()).isCloseTo((1.0 / 2 + 2.0 / 4) / 3, within(1e-12));
        assertThat(q.reciprocalRank()).isCloseTo(0.5, within(1e-12));
        double dcg = 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(5) / Math.log(2));
        double idcg = 1 + 1 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
        assertThat(q.ndcg()).isCloseTo(dcg / idcg, within(1e-12));
    }

    @Test
    void cutOffAndMeans() {
        RankingMetrics.Query perfect = RankingMetrics.of(List.of("x", "y"), Set.of("x"), 1);
        RankingMetrics.Query miss = RankingMetrics.of(List.of("y", "x"), Set.of("x"), 1);
        assertThat(perfect.ndcg()).isEqualTo(1.0);
        assertThat(miss.recall()).isZero();
        assertThat(miss.averagePrecision()).isEqualTo(0.5);
        RankingMetrics mean = RankingMetrics.mean(List.of(perfect, miss));
        assertThat(mean.map()).isEqualTo(0.75);
        assertThat(mean.mrr()).isEqualTo(0.75);
        assertThat(mean.toString()).contains("MAP=0.750");
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The protocol on tiny synthetic measures: three families, one per fold. */
class FoldProtocolTest {
    private static final List<String> PROGRAMS = List.of("01.1", "01.2", "02.1", "03.1");

    private final FoldProtocol protocol;

    FoldProtocolTest() throws IOException {
        protocol = new FoldProtocol(FamilyFolds.parse(List.of("cip_family,fold", "01,1", "02,2", "03,3"), "test"));
    }

    /** A trial whose average precision is given per family (other measures follow it). */
    private static FoldProtocol.Trial trial(String label, double f01, double f02, double f03) {
        Map<String, RankingMetrics.Query> m = new LinkedHashMap<>();
        for (String p : PROGRAMS) {
            double ap = p.startsWith("01") ? f01 : p.startsWith("02") ? f02 : f03;
            m.put(p, new RankingMetrics.Query(ap, ap, ap, ap));
        }
        return new FoldProtocol.Trial(label, m);
    }

    @Test
    void choosesOnTrainingFoldsOnlyAndMeasuresOnTheHeldOutFold() {
        FoldProtocol.Trial baseline = trial("defaults", 0.5, 0.5, 0.5);
        // A is best on families 01 and 02 but poor on 03; B is steady.
        FoldProtocol.Trial a = trial("A", 0.6, 0.6, 0.4);
        FoldProtocol.Trial b = trial("B", 0.55, 0.55, 0.55);
        FoldProtocol.Outcome outcome = protocol.evaluate("c", baseline, List.of(a, b));

        // fold 1 held out: train on 02, 03 -> A 0.50, B 0.55 -> B; fold 2: A (0.6+0.6+0.4)/3, B 0.55 -> B;
        // fold 3: A 0.6, B 0.55 -> A, which then scores 0.4 on family 03.
        assertThat(outcome.folds()).extracting(FoldProtocol.FoldResult::chosen).containsExactly("B", "B", "A");
        assertThat(outcome.folds()).extracting(FoldProtocol.FoldResult::programs).containsExactly(2, 1, 1);
        assertThat(outcome.folds().get(0).trainingMap()).isCloseTo(0.55, within(1e-12));
        assertThat(outcome.folds().get(2).trainingMap()).isCloseTo(0.6, within(1e-12));
        assertThat(outcome.folds().get(0).deltaMap()).isCloseTo(0.05, within(1e-12));
        assertThat(outcome.folds().get(1).deltaMap()).isCloseTo(0.05, within(1e-12));
        assertThat(outcome.folds().get(2).deltaMap()).isCloseTo(-0.1, within(1e-12));
        assertThat(outcome.meanBaselineMap()).isCloseTo(0.5, within(1e-12));
        assertThat(outcome.meanCandidateMap()).isCloseTo(0.5, within(1e-12));
        assertThat(outcome.worstDelta()).isCloseTo(-0.1, within(1e-12));
        assertThat(outcome.keep()).isFalse();
        assertThat(outcome.table())
                .contains("| 3 | 1 | 0.5000 | 0.5000 | 0.5000 | 0.4000 | 0.4000 | 0.4000 | -0.1000 | A (0.6000) |")
                .contains("| worst | | 0.5000 | 0.5000 | 0.5000 | 0.4000 | 0.4000 | 0.4000 | -0.1000 | |")
                .contains("verdict: DROP");
    }

    @Test
    void aSmallLossOnOneFoldIsToleratedWhenTheMeanRises() {
        FoldProtocol.Outcome outcome = protocol.evaluate("c", trial("defaults", 0.5, 0.5, 0.5),
                List.of(trial("x", 0.56, 0.495, 0.5)));
        assertThat(outcome.worstDelta()).isCloseTo(-0.005, within(1e-12));
        assertThat(outcome.keep()).isTrue();
        assertThat(outcome.table()).contains("verdict: KEEP (mean MAP +0.0183, worst fold -0.0050");
    }

    @Test
    void aLossBeyondTheToleranceDropsEvenAGoodMean() {
        FoldProtocol.Outcome outcome = protocol.evaluate("c", trial("defaults", 0.5, 0.5, 0.5),
                List.of(trial("x", 0.7, 0.7, 0.489)));
        assertThat(outcome.meanCandidateMap()).isGreaterThan(outcome.meanBaselineMap());
        assertThat(outcome.keep()).isFalse();
    }

    @Test
    void tiesGoToTheFirstVariantAndNoChangeIsNoGain() {
        FoldProtocol.Trial same = trial("same", 0.5, 0.5, 0.5);
        FoldProtocol.Outcome outcome = protocol.evaluate("c", trial("defaults", 0.5, 0.5, 0.5),
                List.of(same, trial("same too", 0.5, 0.5, 0.5)));
        assertThat(outcome.folds()).extracting(FoldProtocol.FoldResult::chosen).containsOnly("same");
        assertThat(outcome.worstDelta()).isZero();
        assertThat(outcome.keep()).isFalse();
    }

    @Test
    void refusesMismatchedTrialsAndUnknownFamilies() {
        FoldProtocol.Trial baseline = trial("defaults", 0.5, 0.5, 0.5);
        FoldProtocol.Trial fewer = new FoldProtocol.Trial("fewer", Map.of("01.1", new RankingMetrics.Query(1, 1, 1, 1)));
        assertThatThrownBy(() -> protocol.evaluate("c", baseline, List.of(fewer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variant fewer was measured on other programs than the baseline (1 against 4)");
        FoldProtocol.Trial stranger = new FoldProtocol.Trial("s", Map.of("09.1", new RankingMetrics.Query(1, 1, 1, 1)));
        assertThatThrownBy(() -> protocol.evaluate("c", stranger, List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CIP family 09 has no fold");
        FoldProtocol.Trial onlyFirst = new FoldProtocol.Trial("o", Map.of("01.1", new RankingMetrics.Query(1, 1, 1, 1)));
        assertThatThrownBy(() -> protocol.evaluate("c", onlyFirst, List.of(onlyFirst)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fold 2 has none of the measured programs");
        assertThatThrownBy(() -> protocol.evaluate("c", baseline, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("candidate c has no variants");
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.matching.MatchingConfig;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Kazakh programs and standards written for OpenNQF: the analysis finds verb forms that plain words miss. */
class KazakhEvaluationTest {

    @Test
    void stemmingLetsAnOutcomeInTheVerbFindItsRequirementInTheVerbalNoun() throws Exception {
        KazakhEvaluation.Result stemmed = KazakhEvaluation.run(MatchingConfig.DEFAULTS);
        KazakhEvaluation.Result plain = KazakhEvaluation.run(MatchingConfig.DEFAULTS.withKazakhStemming(false));
        assertThat(stemmed.rewrites().queries()).isEqualTo(56);
        assertThat(stemmed.rewrites().meanScore()).isGreaterThan(0.95);
        assertThat(plain.rewrites().meanScore()).isLessThan(0.8);
        assertThat(stemmed.rewrites().covered()).isEqualTo(56);
        assertThat(stemmed.rewrites().requirementMrr()).isEqualTo(1.0);
        assertThat(stemmed.programs().queries()).isEqualTo(22);
        assertThat(stemmed.programs().map()).isEqualTo(1.0);
        assertThat(stemmed.outcomesAlone().queries()).isEqualTo(81);
        assertThat(stemmed.outcomesAlone().map()).isGreaterThan(plain.outcomesAlone().map());
    }

    @Test
    void aMissingBundledFileIsNamed() {
        assertThatThrownBy(() -> KazakhEvaluation.QUERIES.programs("nope.csv"))
                .isInstanceOf(IOException.class).hasMessageContaining("kk/nope.csv");
    }

    @Test
    void aGoldRowWithoutAStandardIsRefusedWithItsLine() {
        assertThatThrownBy(() -> QuerySet.links(java.util.List.of("P1,S1", "P2"), "kk/gold.csv"))
                .isInstanceOf(IOException.class).hasMessageContaining("kk/gold.csv:3");
    }
}

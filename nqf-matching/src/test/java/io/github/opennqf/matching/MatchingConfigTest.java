package io.github.opennqf.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.text.LanguagePriority;
import org.junit.jupiter.api.Test;

class MatchingConfigTest {
    @Test
    void theBuilderStartsFromTheDocumentedDefaults() {
        MatchingConfig c = MatchingConfig.builder().build();
        assertThat(c).isEqualTo(MatchingConfig.DEFAULTS).hasSameHashCodeAs(MatchingConfig.DEFAULTS);
        assertThat(c.coveredThreshold()).isEqualTo(0.35);
        assertThat(c.weakThreshold()).isEqualTo(0.20);
        assertThat(c.essentialFactor()).isEqualTo(2.0);
        assertThat(c.hybridWeight()).isEqualTo(0.5);
        assertThat(c.explanationLanguages()).isEqualTo(LanguagePriority.ENGLISH_FIRST);
    }

    @Test
    void dependentThresholdsAreCheckedTogetherNeverAdjusted() {
        MatchingConfig both = MatchingConfig.builder().coveredThreshold(0.15).weakThreshold(0.1).build();
        assertThat(both.coveredThreshold()).isEqualTo(0.15);
        assertThat(both.weakThreshold()).isEqualTo(0.1);
        // lowering the covered threshold under the weak one is refused, not silently followed
        assertThatThrownBy(() -> MatchingConfig.DEFAULTS.withCoveredThreshold(0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weakThreshold (0.2) must not exceed coveredThreshold (0.1)")
                .hasMessageContaining("toBuilder");
        assertThatThrownBy(() -> MatchingConfig.builder().weakThreshold(0.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weakThreshold");
        // the builder's order does not matter
        assertThat(MatchingConfig.builder().weakThreshold(0.5).coveredThreshold(0.6).build().weakThreshold()).isEqualTo(0.5);
    }

    @Test
    void everySettingIsRangeCheckedByName() {
        assertThatThrownBy(() -> MatchingConfig.builder().crossCategoryCredit(1.5).build()).hasMessageContaining("crossCategoryCredit");
        assertThatThrownBy(() -> MatchingConfig.builder().belowLevelCap(-0.1).build()).hasMessageContaining("belowLevelCap");
        assertThatThrownBy(() -> MatchingConfig.builder().essentialFactor(0.5).build()).hasMessageContaining("essentialFactor");
        assertThatThrownBy(() -> MatchingConfig.builder().hybridWeight(Double.NaN).build()).hasMessageContaining("hybridWeight");
        assertThatThrownBy(() -> MatchingConfig.builder().coveredThreshold(0).weakThreshold(0).build())
                .hasMessageContaining("coveredThreshold must be greater than 0");
        assertThatThrownBy(() -> MatchingConfig.builder().ranking(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withersAndToBuilderCopy() {
        MatchingConfig c = MatchingConfig.DEFAULTS.withRussianStemming(false).withHybridWeight(0.7);
        assertThat(c.russianStemming()).isFalse();
        assertThat(c.hybridWeight()).isEqualTo(0.7);
        assertThat(MatchingConfig.DEFAULTS.russianStemming()).isTrue();
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c).isNotEqualTo(MatchingConfig.DEFAULTS);
        assertThat(c.toString()).contains("hybridWeight=0.7");
    }
}

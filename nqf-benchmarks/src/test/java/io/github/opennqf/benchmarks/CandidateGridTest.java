package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RankingWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateGridTest {

    @Test
    void aGridIsTheCartesianProductOverTheDefaults() {
        CandidateGrid grid = CandidateGrid.of("g", List.of("title=0.1,0.2", "hybridWeight=0.6,0.7"));
        assertThat(grid.variants()).extracting(CandidateGrid.Variant::label).containsExactly(
                "title=0.1 hybridWeight=0.6", "title=0.1 hybridWeight=0.7",
                "title=0.2 hybridWeight=0.6", "title=0.2 hybridWeight=0.7");
        MatchingConfig last = grid.variants().get(3).config();
        RankingWeights d = RankingWeights.DEFAULTS;
        assertThat(last.ranking()).isEqualTo(new RankingWeights(d.requirementCoverage(), d.outcomeRelevance(), 0.2,
                d.documentSimilarity(), d.keywordRelevance()));
        assertThat(last.hybridWeight()).isEqualTo(0.7);
        assertThat(last.withHybridWeight(0.5).withRanking(d)).isEqualTo(MatchingConfig.DEFAULTS);
    }

    @Test
    void everyParameterChangesOnlyItsSetting() {
        for (CandidateGrid.Parameter p : CandidateGrid.Parameter.values()) {
            MatchingConfig changed = p.apply(MatchingConfig.DEFAULTS, 1.0);
            assertThat(changed).as(p.name()).isNotEqualTo(MatchingConfig.DEFAULTS);
        }
        assertThat(CandidateGrid.Parameter.ESSENTIAL_FACTOR.apply(MatchingConfig.DEFAULTS, 3).essentialFactor()).isEqualTo(3);
        assertThat(CandidateGrid.Parameter.CROSS_CATEGORY_CREDIT.apply(MatchingConfig.DEFAULTS, 1).crossCategoryCredit())
                .isEqualTo(1);
        assertThat(CandidateGrid.Parameter.KEYWORDS.apply(MatchingConfig.DEFAULTS, 0.6).ranking().keywordRelevance())
                .isEqualTo(0.6);
    }

    @Test
    void everyPresetBuilds() {
        for (String name : CandidateGrid.PRESETS.keySet()) {
            assertThat(CandidateGrid.preset(name).variants()).as(name).hasSizeGreaterThan(1);
        }
        assertThat(CandidateGrid.preset("keywords-coverage").variants()).hasSize(9);
    }

    @Test
    void badSpecsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> CandidateGrid.preset("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown candidate 'nope'");
        assertThatThrownBy(() -> CandidateGrid.of("g", List.of("colour=1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown parameter 'colour'; known: hybridWeight");
        assertThatThrownBy(() -> CandidateGrid.of("g", List.of("title")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("grid spec must be PARAMETER=V1,V2,..., was 'title'");
        assertThatThrownBy(() -> CandidateGrid.of("g", List.of("title=0.1,x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title: 'x' is not a number");
        assertThatThrownBy(() -> CandidateGrid.of("g", List.of("crossCategoryCredit=2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossCategoryCredit=2.0: crossCategoryCredit must be between 0 and 1, was 2.0");
        assertThatThrownBy(() -> CandidateGrid.of("g", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs at least one");
    }
}

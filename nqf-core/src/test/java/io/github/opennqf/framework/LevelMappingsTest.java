package io.github.opennqf.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelMappingsTest {
    private final LevelMappings mappings = Frameworks.levelMappings();

    @Test
    void kazakhstanToEqfIsOneToOneAndUnofficialWithItsSource() {
        LevelMapping kzToEqf = mappings.between(FrameworkRef.KZ_NQF_2025, FrameworkRef.EQF_2017).orElseThrow();
        for (int n = 1; n <= 8; n++) {
            assertThat(kzToEqf.targetsOf(Level.of(n))).containsExactly(Level.of(n));
        }
        assertThat(kzToEqf.status()).isEqualTo(MappingStatus.UNOFFICIAL);
        assertThat(kzToEqf.provenance().note()).contains("referencing report");
    }

    @Test
    void mappingsWorkInBothDirections() {
        LevelMapping eqfToKz = mappings.between(FrameworkRef.EQF_2017, FrameworkRef.KZ_NQF_2025).orElseThrow();
        assertThat(eqfToKz.from()).isEqualTo(FrameworkRef.EQF_2017);
        assertThat(eqfToKz.targetsOf(Level.of(7))).containsExactly(Level.of(7));
        assertThat(eqfToKz.status()).isEqualTo(MappingStatus.UNOFFICIAL);

        LevelMapping eqfToIsced = mappings.between(FrameworkRef.EQF_2017, FrameworkRef.ISCED_2011).orElseThrow();
        assertThat(eqfToIsced.targetsOf(Level.of(4))).containsExactly(Level.of(3), Level.of(4));
        assertThat(eqfToIsced.sourcesOf(Level.of(3))).containsExactly(Level.of(3), Level.of(4));
        LevelMapping iscedToEqf = mappings.between(FrameworkRef.ISCED_2011, FrameworkRef.EQF_2017).orElseThrow();
        assertThat(iscedToEqf.targetsOf(Level.of(3))).containsExactly(Level.of(3), Level.of(4));
        assertThat(iscedToEqf.targetsOf(Level.of(6))).containsExactly(Level.of(6));
        assertThat(iscedToEqf.inverse()).isEqualTo(eqfToIsced);
    }

    @Test
    void higherEducationCyclesMapToTheirIscedLevels() {
        for (int n = 6; n <= 8; n++) {
            assertThat(mappings.map(LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(n)), FrameworkRef.ISCED_2011))
                    .containsExactly(LevelRef.of(FrameworkRef.ISCED_2011, Level.of(n)));
        }
    }

    @Test
    void aSubLevelMapsAsItsPlainLevel() {
        assertThat(mappings.map(LevelRef.parse("kz-nqf:2025/6.2"), FrameworkRef.EQF_2017))
                .containsExactly(LevelRef.parse("eqf:2017/6"));
    }

    @Test
    void sameFrameworkMapsToItselfAndUnknownToNothing() {
        LevelRef six = LevelRef.parse("kz-nqf:2025/6");
        assertThat(mappings.map(six, FrameworkRef.KZ_NQF_2025)).containsExactly(six);
        assertThat(mappings.map(six, new FrameworkRef("ru-nqf", "2013"))).isEmpty();
        assertThat(mappings.between(FrameworkRef.KZ_NQF_2025, new FrameworkRef("x", "1"))).isEmpty();
    }

    @Test
    void rejectsTwoMappingsForOnePairAndSelfMappings() {
        LevelMapping m = mappings.all().get(0);
        assertThatThrownBy(() -> LevelMappings.of(List.of(m, m.inverse())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> new LevelMapping(FrameworkRef.EQF_2017, FrameworkRef.EQF_2017,
                m.pairs(), MappingStatus.OFFICIAL, m.provenance())).hasMessageContaining("must differ");
        assertThatThrownBy(() -> new LevelMapping(FrameworkRef.EQF_2017, FrameworkRef.ISCED_2011,
                List.of(), MappingStatus.OFFICIAL, m.provenance())).hasMessageContaining("at least one pair");
    }

    @Test
    void pairsAreSortedAndDeduplicated() {
        LevelMapping m = new LevelMapping(FrameworkRef.EQF_2017, FrameworkRef.ISCED_2011,
                List.of(new LevelCorrespondence(Level.of(2), Level.of(2)),
                        new LevelCorrespondence(Level.of(1), Level.of(2)),
                        new LevelCorrespondence(Level.of(2), Level.of(2))),
                MappingStatus.OFFICIAL, Provenance.of("test"));
        assertThat(m.pairs()).extracting(LevelCorrespondence::toString).containsExactly("1->2", "2->2");
    }
}

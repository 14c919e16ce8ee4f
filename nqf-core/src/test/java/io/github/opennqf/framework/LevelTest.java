package io.github.opennqf.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @Test
    void subLevelIsAnIntegerNotADecimal() {
        Level l = Level.parse("6.2");
        assertThat(l.rank()).isEqualTo(6);
        assertThat(l.subLevel()).isEqualTo(2);
        assertThat(l).hasToString("6.2");
        assertThat(Level.parse("6.10").subLevel()).isEqualTo(10);
        assertThat(Level.parse("6.10")).isGreaterThan(Level.parse("6.9"));
        assertThat(Level.parse("6.2")).isNotEqualTo(Level.parse("6.20"));
    }

    @Test
    void ordersByRankThenSubLevel() {
        List<Level> levels = new ArrayList<>(List.of(Level.parse("7"), Level.parse("6.2"), Level.parse("6"),
                Level.parse("6.1"), Level.parse("5")));
        Collections.shuffle(levels, new java.util.Random(7));
        Collections.sort(levels);
        assertThat(levels).extracting(Level::toString).containsExactly("5", "6", "6.1", "6.2", "7");
        assertThat(Level.parse("6.2").isAtLeast(Level.of(6))).isTrue();
        assertThat(Level.of(6).isAtLeast(Level.parse("6.2"))).isFalse();
        assertThat(Level.parse("6.2").withoutSubLevel()).isEqualTo(Level.of(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "-1", "10", "6.", ".2", "6.0", "6.02", "6.100", "6,2", "six", "6.2.1", "٦", " "})
    void rejectsMalformedLevels(String text) {
        assertThatThrownBy(() -> Level.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("level"));
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        assertThatThrownBy(() -> Level.of(9)).hasMessageContaining("level: '9' is not valid: must be between 0 and 8");
        assertThatThrownBy(() -> Level.of(6, 0)).hasMessageContaining("subLevel");
        assertThatThrownBy(() -> Level.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Property
    void parseIsTheInverseOfToString(@ForAll @IntRange(min = 0, max = 8) int rank,
            @ForAll @IntRange(min = 0, max = 99) int sub) {
        Level level = sub == 0 ? Level.of(rank) : Level.of(rank, sub);
        assertThat(Level.parse(level.toString())).isEqualTo(level);
    }

    @Test
    void frameworkAndLevelReferencesParse() {
        LevelRef ref = LevelRef.parse("kz-nqf:2025/6.2");
        assertThat(ref.framework()).isEqualTo(FrameworkRef.KZ_NQF_2025);
        assertThat(ref.level()).isEqualTo(Level.of(6, 2));
        assertThat(ref).hasToString("kz-nqf:2025/6.2");
        assertThatThrownBy(() -> LevelRef.parse("kz-nqf/6")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FrameworkRef.parse("KZ NQF:2025")).hasMessageContaining("id:edition");
        assertThatThrownBy(() -> new FrameworkRef("kz-nqf", "")).hasMessageContaining("edition");
    }
}

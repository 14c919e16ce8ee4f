package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.text.LanguagePriority;
import org.junit.jupiter.api.Test;

class TabularOptionsTest {

    @Test
    void defaultsAreDocumented() {
        assertThat(TabularOptions.DEFAULTS).isEqualTo(new TabularOptions(FrameworkRef.KZ_NQF_2025, "und",
                LanguagePriority.of("kk", "ru", "en"), ReadLimits.DEFAULTS));
    }

    @Test
    void copiesChangeOneComponentAndNormaliseTheLanguage() {
        TabularOptions options = TabularOptions.DEFAULTS.withLanguage("RU-kz")
                .withLevelFramework(FrameworkRef.EQF_2017)
                .withWriteLanguages(LanguagePriority.ENGLISH_FIRST)
                .withLimits(ReadLimits.DEFAULTS.withMaxRecords(5));

        assertThat(options).isEqualTo(new TabularOptions(FrameworkRef.EQF_2017, "ru-KZ", LanguagePriority.ENGLISH_FIRST,
                ReadLimits.DEFAULTS.withMaxRecords(5)));
    }

    @Test
    void badComponentsAreRefused() {
        assertThatThrownBy(() -> TabularOptions.DEFAULTS.withLanguage("not a tag"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("languageTag: 'not a tag' is not valid: is not a well-formed BCP 47 language tag");
        assertThatThrownBy(() -> new TabularOptions(null, "und", LanguagePriority.KAZAKHSTAN, ReadLimits.DEFAULTS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("levelFramework: is required");
        assertThatThrownBy(() -> TabularOptions.DEFAULTS.withLimits(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("limits: is required");
    }
}

package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.text.LanguagePriority;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void defaultsAreDocumented() {
        assertThat(ReportOptions.DEFAULTS).isEqualTo(new ReportOptions(LanguagePriority.of("en", "ru", "kk"), null, 200, 50, false));
    }

    @Test
    void copiesChangeOneComponentAndStripTheTitle() {
        ReportOptions options = ReportOptions.DEFAULTS.withLanguages(LanguagePriority.KAZAKHSTAN)
                .withTitle("  Report, 2026-11-23 ")
                .withMaxHeatmapSize(1000)
                .withTopPairs(0)
                .withPseudonymised(true);

        assertThat(options).isEqualTo(new ReportOptions(LanguagePriority.KAZAKHSTAN, "Report, 2026-11-23", 1000, 0, true));
        assertThat(options.withTitle(null).title()).isNull();
    }

    @Test
    void badComponentsAreRefused() {
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withLanguages(null))
                .isInstanceOf(InvalidValueException.class).hasMessage("languages: is required");
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withTitle(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("title: ' ' is not valid: must not be blank; use null for the default title");
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withMaxHeatmapSize(0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("maxHeatmapSize: '0' is not valid: must be between 1 and 1000");
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withMaxHeatmapSize(1001))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("maxHeatmapSize: '1001' is not valid: must be between 1 and 1000");
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withTopPairs(-1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("topPairs: '-1' is not valid: must be between 0 and 10000");
        assertThatThrownBy(() -> ReportOptions.DEFAULTS.withTopPairs(10_001))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("topPairs: '10001' is not valid: must be between 0 and 10000");
    }
}

package io.github.opennqf.io.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast score formatter writes exactly what "%.6f" writes. */
class ScoreFormatTest {
    @Test
    void writesWhatTheFormatterWrites() {
        Random random = new Random(5);
        double[] special = {0, -0.0, 1, 0.5, 0.0000005, 0.0000015, 0.1234565, 0.9999995, 0.9999994999, 999.9999995, 1000,
            1e-7, -0.25, Double.NaN, Double.POSITIVE_INFINITY, 0.7647005, 0.000001};
        for (double v : special) {
            assertThat(ReportCsv.score(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.6f", v));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = i % 3 == 0 ? random.nextDouble() : i % 3 == 1 ? Math.round(random.nextDouble() * 2e7) / 2e7
                    : random.nextDouble() * 1200 - 100;
            assertThat(ReportCsv.score(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.6f", v));
        }
    }
}

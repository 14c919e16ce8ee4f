package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.CoverageStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's matching example runs on the demo data and says what it promises. */
class MatchingExampleTest {
    private static final Path DEMO = Path.of("..", "demo");

    @Test
    void runsOnTheDemoData(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CoverageReport card = MatchingExample.run(DEMO.resolve("programs.csv"), DEMO.resolve("standards.csv"), dir,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(card.queryId()).isEqualTo("vacancy-7");
        assertThat(card.standardId()).isEqualTo("PS-ICT-01");
        assertThat(card.scope()).isEqualTo(CoverageScope.card(card.levelChecks().get(0).professionCardId()));
        // the vacancy restates the developer's first requirement
        assertThat(card.requirements().get(0).status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(Files.size(dir.resolve("standards.nqfm"))).isPositive();
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(" 6x6").doesNotContain("Exception");
    }
}

package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's reports example writes its five files from the demo data. */
class ReportExampleTest {
    private static final Path DEMO = Path.of("..", "demo");

    @Test
    void writesTheReportsOfTheDemoData(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        ReportExample.run(DEMO.resolve("programs.csv"), DEMO.resolve("standards.csv"), dir, "4S06130105", "PS-ICT-01",
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(Files.readString(dir.resolve("coverage.html")))
                .contains("<title>Coverage of PS-ICT-01 by 4S06130105</title>")
                .contains("Below the required level")
                .contains("<td lang=\"ru\">Разработка и тестирование программного обеспечения</td>");
        assertThat(Files.readAllLines(dir.resolve("coverage.csv"))).hasSize(1 + 4)
                .allMatch(line -> line.startsWith("query_id,") || line.startsWith("4S06130105,PS-ICT-01,"));
        assertThat(Files.readString(dir.resolve("matrix.html"))).contains("<title>Demo programs × standards</title>");
        assertThat(Files.readAllLines(dir.resolve("matrix.csv"))).hasSize(1 + 6 * 6);
        assertThat(Files.readAllLines(dir.resolve("rankings.csv"))).hasSize(1 + 6 * 6)
                .startsWith("query_id,rank,candidate_id,score");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Coverage of PS-ICT-01 by 4S06130105: ");
    }

    @Test
    void withoutIdsThePairIsTheFirstProgramAndItsBestStandard(@TempDir Path dir) throws Exception {
        ReportExample.run(DEMO.resolve("programs.csv"), DEMO.resolve("standards.csv"), dir, null, null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(Files.readString(dir.resolve("coverage.html"))).contains("by 6B06101</title>");
    }
}

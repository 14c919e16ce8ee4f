package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankCommandTest {
    private static final Path DEMO = Path.of("..", "demo");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void ranksTheDemoStandardsForEachProgram() throws Exception {
        Path result = tmp.resolve("ranking.csv");
        assertThat(run("rank", "--programs", DEMO.resolve("programs.csv").toString(), "--standards",
                DEMO.resolve("standards.csv").toString(), "--top", "2", "--output", result.toString())).isZero();
        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,candidate_id,score");
        assertThat(lines).hasSize(1 + 6 * 2);
        assertThat(lines).contains("6B06101,1,PS-ICT-02," + lines.get(1).split(",")[3]);
        assertThat(lines.stream().filter(l -> l.contains(",1,")).map(l -> l.split(",")[0] + ">" + l.split(",")[2]))
                .containsExactly("6B06101>PS-ICT-02", "6B06102>PS-ICT-01", "6B04101>PS-FIN-01", "6B09101>PS-HLT-01",
                        "6B11301>PS-LOG-01", "4S06130105>PS-ICT-01");
        for (String line : lines.subList(1, lines.size())) {
            double score = Double.parseDouble(line.split(",")[3]);
            assertThat(score).isBetween(0.0, 1.0);
        }
    }

    @Test
    void ranksProgramsForEachStandard() {
        assertThat(run("rank", "--programs", DEMO.resolve("programs.csv").toString(), "--standards",
                DEMO.resolve("standards.csv").toString(), "--top", "1", "--direction", "standard-to-program",
                "--output", "-")).isZero();
        assertThat(out.toString().lines()).contains("PS-HLT-01,1,6B09101," + out.toString().lines()
                .filter(l -> l.startsWith("PS-HLT-01")).findFirst().orElseThrow().split(",")[3]);
        assertThat(out.toString().lines().filter(l -> l.startsWith("PS-LOG-01,1,6B11301,"))).hasSize(1);
    }

    @Test
    void badInputGivesLocatedMessagesWithoutStackTraces() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "program_id,program_title,program_level,outcome_id,outcome_text,outcome_category\n"
                + "P1,Title,6,LO1,Text,skil\n", StandardCharsets.UTF_8);
        assertThat(run("rank", "--programs", bad.toString(), "--standards", DEMO.resolve("standards.csv").toString(),
                "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv:2:6").contains("skil").doesNotContain("\tat ");
        assertThat(run("rank", "--programs", tmp.resolve("missing.csv").toString(), "--standards",
                DEMO.resolve("standards.csv").toString(), "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("missing.csv");
        assertThat(run("rank", "--programs", DEMO.resolve("programs.csv").toString(), "--standards",
                DEMO.resolve("standards.csv").toString(), "--top", "0", "--output", "-")).isEqualTo(2);
        assertThat(run("rank", "--programs", "a", "--standards", "b", "--direction", "sideways", "--output", "-"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not a direction");
    }

    @Test
    void whileTheStandardsAreReadBesideTheProgramsEachBadFileIsStillReportedAsBefore() throws Exception {
        Path badPrograms = tmp.resolve("bad-programs.csv");
        Files.writeString(badPrograms, "program_id,program_title,program_level,outcome_id,outcome_text,outcome_category\n"
                + "P1,Title,6,LO1,Text,skil\n", StandardCharsets.UTF_8);
        Path badStandards = tmp.resolve("bad-standards.csv");
        Files.writeString(badStandards, "standard_id,standard_title,standard_level,requirement_id,requirement_text,"
                + "requirement_category\nS1,Title,eleven,R1,Text,skill\n", StandardCharsets.UTF_8);

        // both bad: the programs' error, as when the programs were read first
        assertThat(run("rank", "--programs", badPrograms.toString(), "--standards", badStandards.toString(),
                "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("bad-programs.csv:2:6").doesNotContain("bad-standards.csv")
                .doesNotContain("\tat ");

        // only the standards bad: their error, located, from the thread that read them
        err.getBuffer().setLength(0);
        assertThat(run("rank", "--programs", DEMO.resolve("programs.csv").toString(), "--standards",
                badStandards.toString(), "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("bad-standards.csv:2:").contains("eleven").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();

        // no standards at all: picocli's usage error, as before
        err.getBuffer().setLength(0);
        assertThat(run("rank", "--programs", DEMO.resolve("programs.csv").toString(), "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("--standards");
    }
}

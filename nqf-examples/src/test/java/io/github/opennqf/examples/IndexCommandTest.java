package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opennqf index} and {@code rank --standards-index}: compile once, rank from the saved matcher. */
class IndexCommandTest {
    private static final String PROGRAMS = Path.of("..", "demo", "programs.csv").toString();
    private static final String STANDARDS = Path.of("..", "demo", "standards.csv").toString();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void rankingFromASavedMatcherWritesTheSameCsvBothWays() throws Exception {
        Path index = tmp.resolve("demo.nqfm");
        assertThat(run("index", "--standards", STANDARDS, "--output", index.toString())).isZero();
        assertThat(err.toString()).contains("saved 6 standards (lexical)");
        for (String direction : new String[] {"program-to-standard", "standard-to-program"}) {
            Path fromIndex = tmp.resolve("a-" + direction + ".csv");
            Path fromCsv = tmp.resolve("b-" + direction + ".csv");
            assertThat(run("rank", "--programs", PROGRAMS, "--standards-index", index.toString(), "--top", "3",
                    "--direction", direction, "--output", fromIndex.toString())).isZero();
            assertThat(run("rank", "--programs", PROGRAMS, "--standards", STANDARDS, "--top", "3",
                    "--direction", direction, "--output", fromCsv.toString())).isZero();
            assertThat(Files.readString(fromIndex, StandardCharsets.UTF_8)).isEqualTo(Files.readString(fromCsv, StandardCharsets.UTF_8))
                    .startsWith("query_id,rank,candidate_id,score\n");
        }
    }

    @Test
    void aBadIndexOrBothSourcesAreRefusedWithAMessage() throws Exception {
        Path notAnIndex = tmp.resolve("x.nqfm");
        Files.writeString(notAnIndex, "hello", StandardCharsets.UTF_8);
        assertThat(run("rank", "--programs", PROGRAMS, "--standards-index", notAnIndex.toString(), "--output", "-"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("opennqf: " + notAnIndex + ": not a saved OpenNQF matcher").doesNotContain("\tat ");
        assertThat(run("rank", "--programs", PROGRAMS, "--standards", STANDARDS, "--standards-index", notAnIndex.toString(),
                "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("give --standards or --standards-index, not both");
        assertThat(run("rank", "--programs", PROGRAMS, "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--standards=FILE'");
        assertThat(run("index", "--standards", STANDARDS, "--output", tmp.resolve("no").resolve("x.nqfm").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot write " + tmp.resolve("no").resolve("x.nqfm") + ": the directory "
                + tmp.resolve("no") + " does not exist");
    }
}

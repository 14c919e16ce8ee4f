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

/** {@code opennqf score-applicants} on the demo applicants: mixed evidence in kk, ru and en. */
class ScoreApplicantsCommandTest {
    private static final Path DEMO = Path.of("..", "demo");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private String[] args(Path applicants, String output) {
        return new String[] {"score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "PS-ICT-02",
            "--programs", DEMO.resolve("programs.csv").toString(), "--date", "2026-12-01", "--applicants", applicants.toString(),
            "--top", "6", "--output", output};
    }

    @Test
    void ranksTheDemoApplicantsWithEligibilityAndFlags() throws Exception {
        Path csv = tmp.resolve("ranking.csv");
        assertThat(run(args(DEMO.resolve("applicants.jsonl"), csv.toString()))).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(
                "query_id,rank,candidate_id,score,recognised,eligibility,education,experience,experience_years,flags,employment");
        assertThat(lines).hasSize(1 + 6);
        // the recognised applicant is decisive, first with score 1
        assertThat(lines.get(1)).startsWith("PS-ICT-02/PS-ICT-02,1,A-05,1.000000,true,");
        // the bachelor of software engineering with verified work comes next, eligible by diploma
        assertThat(lines.get(2)).startsWith("PS-ICT-02/PS-ICT-02,2,A-01,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("PS-ICT-02/PS-ICT-02,").contains(",A-04,")
                .contains("A-04/c-old:expired").contains("A-04/c-future:future_dated"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",A-06,").contains("A-06/w2:overlapping"));
        assertThat(err.toString()).contains("6 applicants ranked for PS-ICT-02 / PS-ICT-02 on 2026-12-01, 0 lines rejected");
    }

    @Test
    void badLinesAreReportedWithTheirLineAndTheRestIsRanked() throws Exception {
        Path applicants = tmp.resolve("applicants.jsonl");
        List<String> lines = Files.readAllLines(DEMO.resolve("applicants.jsonl"), StandardCharsets.UTF_8);
        Files.writeString(applicants, lines.get(0) + "\n{\"id\": \"broken\", \"evidence\": [{\"kind\": \"nope\"}]}\n"
                + lines.get(1) + "\n", StandardCharsets.UTF_8);
        assertThat(run(args(applicants, "-"))).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(1 + 2);
        assertThat(err.toString()).contains("2 applicants ranked", "1 lines rejected", "applicants.jsonl:2:")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownCardOrBadDateIsRefused() {
        assertThat(run("score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "NOPE",
                "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("no standard in").contains("'NOPE'");
        assertThat(run("score-applicants", "--standards", DEMO.resolve("standards.csv").toString(), "--card", "PS-ICT-02",
                "--date", "2026-13-01", "--applicants", DEMO.resolve("applicants.jsonl").toString(), "--output", "-"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--date must be YYYY-MM-DD");
    }
}

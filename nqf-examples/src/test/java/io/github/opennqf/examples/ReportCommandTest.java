package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final Path DEMO = Path.of("..", "demo");
    private static final String PROGRAMS = DEMO.resolve("programs.csv").toString();
    private static final String STANDARDS = DEMO.resolve("standards.csv").toString();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    /** The report the library gives for the pair, compiled as the command compiles it. */
    private static CoverageReport expected(String programId, String code) throws Exception {
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(Path.of(PROGRAMS));
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(Path.of(STANDARDS));
        Matcher matcher = Matcher.builder().standards(standards).programs(programs).build();
        return matcher.coverage(programs.stream().filter(p -> p.id().equals(programId)).findFirst().orElseThrow(),
                standards.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow());
    }

    @Test
    void writesTheCoverageReportOfAPairAsJsonThatReadsBackEqualToTheLibrarysReport() throws Exception {
        Path file = tmp.resolve("pair.json");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--standard", "PS-ICT-02", "--output", file.toString())).isZero();

        List<CoverageReport> read = NativeFormat.json().read(file, DocumentType.COVERAGE_REPORTS);
        assertThat(read).containsExactly(expected("6B06101", "PS-ICT-02"));
        assertThat(read.get(0).score()).isStrictlyBetween(0.0, 1.0);
        assertThat(read.get(0).queryId()).isEqualTo("6B06101");
    }

    @Test
    void writesThePairAsCsvAndHtmlByExtensionOrFormat() throws Exception {
        CoverageReport report = expected("6B06101", "PS-ICT-02");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--standard", "PS-ICT-02", "--output", "-")).isZero();
        List<String> csv = out.toString().lines().toList();
        // one row per requirement after the header
        assertThat(csv).hasSize(1 + report.requirements().size());
        assertThat(csv.get(0)).contains("requirement_id");

        Path html = tmp.resolve("pair.html");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--standard", "PS-ICT-02", "--title", "Demo pair", "--output", html.toString())).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Demo pair</title>").contains("PS-ICT-02")
                .contains("<svg");

        Path forced = tmp.resolve("pair.txt");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--standard", "PS-ICT-02", "--format", "html", "--output", forced.toString())).isZero();
        assertThat(Files.readString(forced, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void writesTheMatrixOfEveryProgramAndStandard() throws Exception {
        Path file = tmp.resolve("matrix.csv");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--threads", "2", "--no-progress",
                "--output", file.toString())).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int programs = TabularFormat.csv().readPrograms(Path.of(PROGRAMS)).size();
        int standards = TabularFormat.csv().readStandards(Path.of(STANDARDS)).size();
        assertThat(lines.get(0)).isEqualTo("program_id,standard_id,score");
        assertThat(lines).hasSize(1 + programs * standards);
        // the pair's cell is the pair's report score
        double cell = Double.parseDouble(lines.stream().filter(l -> l.startsWith("6B06101,PS-ICT-02,")).findFirst()
                .orElseThrow().split(",")[2]);
        assertThat(cell).isCloseTo(expected("6B06101", "PS-ICT-02").score(), org.assertj.core.data.Offset.offset(1e-6));

        Path html = tmp.resolve("matrix.html");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--no-progress",
                "--output", html.toString())).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("6B09101").contains("PS-HLT-01");
    }

    @Test
    void badInputGetsAClearMessageAndNoFile() throws Exception {
        Path file = tmp.resolve("r.json");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "NOPE",
                "--standard", "PS-ICT-02", "--output", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no program 'NOPE'").contains("programs.csv").contains("6B06101")
                .doesNotContain("\tat ");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--standard", "PS-NOPE", "--output", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no standard 'PS-NOPE'");
        assertThat(file).doesNotExist();

        // one of the pair alone, json for the matrix, an unknown format or extension
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--program", "6B06101",
                "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("both --program and --standard");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--output", file.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("json is for one pair");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--format", "pdf", "--output", "-"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not a format");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--output",
                tmp.resolve("matrix.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--format html|csv|json");
        assertThat(run("report", "--programs", PROGRAMS, "--standards", STANDARDS, "--output",
                tmp.resolve("no/such/dir/m.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");

        // a malformed programs file is reported with its location, as by every command
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "program_id,program_title,program_level,outcome_id,outcome_text,outcome_category\n"
                + "P1,Title,6,LO1,Text,skil\n", StandardCharsets.UTF_8);
        assertThat(run("report", "--programs", bad.toString(), "--standards", STANDARDS, "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv:2:6");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("r.json")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}

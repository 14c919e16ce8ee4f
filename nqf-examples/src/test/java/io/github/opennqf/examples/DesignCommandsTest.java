package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.examples.cli.OpenNqfCommand;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.program.EducationalProgram;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design, qa and effort commands on the demo data, as the CI demo runs them. */
class DesignCommandsTest {
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

    @Test
    void designWritesAnEditableProgramThatPassesQaAndNeedsNoAlignment() throws Exception {
        Path program = tmp.resolve("program.json");
        assertThat(run("design", "--standards", STANDARDS, "--card", "PS-ICT-02", "--program-id", "6B06199",
                "--output", program.toString())).as(err.toString()).isZero();

        List<EducationalProgram> read = NativeFormat.json().read(program, DocumentType.PROGRAMS);
        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("6B06199");
            assertThat(p.credits().amount()).isEqualByComparingTo("240");
            assertThat(p.outcomes().get(0).statement().languages()).containsExactly("kk");
        });

        assertThat(run("qa", "--programs", program.toString(), "--strict", "--output", "-")).isZero();
        assertThat(out.toString()).contains("Program 6B06199 at kz-nqf:2025/6: PASSED (0 errors, 0 warnings, 0 notes)");

        Path effort = tmp.resolve("effort.json");
        assertThat(run("effort", "--programs", program.toString(), "--program", "6B06199", "--standards", STANDARDS,
                "--standard", "PS-ICT-02", "--output", effort.toString())).as(err.toString()).isZero();
        EffortEstimate estimate = NativeFormat.json().read(effort, DocumentType.EFFORT_ESTIMATES).get(0);
        assertThat(estimate.totalHours()).isZero();
        assertThat(estimate.coverage()).isGreaterThan(0.5);
    }

    @Test
    void designWritesHtmlCsvYamlAndTheDesignDocument() throws Exception {
        Path html = tmp.resolve("design.html");
        Path csv = tmp.resolve("design.csv");
        Path yaml = tmp.resolve("design.yaml");
        assertThat(run("design", "--standards", STANDARDS, "--card", "PS-ICT-03", "--output", html.toString())).isZero();
        assertThat(run("design", "--standards", STANDARDS, "--card", "PS-ICT-03", "--output", csv.toString())).isZero();
        assertThat(run("design", "--standards", STANDARDS, "--card", "PS-ICT-03", "--card", "PS-ICT-01",
                "--document", "programDesigns", "--output", yaml.toString())).isZero();

        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("Program design DRAFT-PS-ICT-03");
        assertThat(TabularFormat.csv().readPrograms(csv)).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo("DRAFT-PS-ICT-03"));
        ProgramDesign design = NativeFormat.yaml().read(yaml, DocumentType.PROGRAM_DESIGNS).get(0);
        assertThat(design.program().standardCodes()).containsExactly("PS-ICT-03", "PS-ICT-01");
        assertThat(design.links()).isNotEmpty();
    }

    @Test
    void qaOfTheDemoProgramsFindsWeakWordingAndStrictFails() throws Exception {
        Path json = tmp.resolve("qa.json");
        assertThat(run("qa", "--programs", PROGRAMS, "--strict", "--output", json.toString())).isEqualTo(3);

        List<QaReport> reports = NativeFormat.json().read(json, DocumentType.QA_REPORTS);
        assertThat(reports).hasSize(6);
        assertThat(reports.get(0).programId()).isEqualTo("6B06101");
        assertThat(reports.get(0).findings()).anySatisfy(f -> assertThat(f.element()).isEqualTo("outcome LO1 (kk)"));
        assertThat(err.toString()).contains("of 6 programs pass");
        assertThat(run("qa", "--programs", PROGRAMS, "--program", "6B06102", "--output", tmp.resolve("qa.html")
                .toString())).isZero();
    }

    @Test
    void badInputGetsAClearErrorAndWritesNothing() {
        Path file = tmp.resolve("x.json");
        assertThat(run("design", "--standards", STANDARDS, "--card", "NO-SUCH", "--output", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("opennqf: no profession card 'NO-SUCH' in ");
        assertThat(run("design", "--standards", STANDARDS, "--card", "PS-ICT-01", "--level", "6.2", "--output",
                file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("framework kz-nqf:2025 has no level 6.2");
        assertThat(run("qa", "--programs", PROGRAMS, "--output", tmp.resolve("all.html").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("an html page holds one program's QA: give --program");
        assertThat(run("effort", "--programs", PROGRAMS, "--program", "6B06101", "--standard", "PS-ICT-02",
                "--output", "-")).isEqualTo(2);
        assertThat(run("effort", "--programs", PROGRAMS, "--program", "4S06130105", "--output", "-")).isEqualTo(1);
        assertThat(err.toString()).contains("no norm is known for kz-nqf:2025/4");
        assertThat(file).doesNotExist();
    }
}

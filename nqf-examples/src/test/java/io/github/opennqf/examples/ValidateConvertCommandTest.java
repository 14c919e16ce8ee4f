package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.TabularFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateConvertCommandTest {
    private static final Path DEMO = Path.of("../demo");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void validDemoTablesAreValid() {
        assertThat(run("validate", "--input", DEMO.resolve("programs.csv").toString())).isZero();
        assertThat(out.toString()).contains("valid programs document (6 records)");
        assertThat(run("validate", "--input", DEMO.resolve("standards.csv").toString())).isZero();
        assertThat(out.toString()).contains("valid standards document");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void csvToJsonToYamlToCsvKeepsThePrograms() throws IOException {
        Path json = dir.resolve("programs.json");
        Path yaml = dir.resolve("programs.yaml");
        Path csv = dir.resolve("programs.csv");
        assertThat(run("convert", "--input", DEMO.resolve("programs.csv").toString(), "--to", "json", "--output",
                json.toString())).isZero();
        assertThat(run("convert", "--input", json.toString(), "--to", "yaml", "--output", yaml.toString())).isZero();
        assertThat(run("convert", "--input", yaml.toString(), "--to", "csv", "--output", csv.toString())).isZero();

        assertThat(Files.readString(json)).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"type\": \"programs\"");
        assertThat(NativeFormat.yaml().read(yaml, DocumentType.PROGRAMS))
                .isEqualTo(TabularFormat.csv().readPrograms(DEMO.resolve("programs.csv")));
        assertThat(TabularFormat.csv().readPrograms(csv)).isEqualTo(TabularFormat.csv().readPrograms(DEMO.resolve("programs.csv")));
        assertThat(run("validate", "--input", yaml.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidDocumentPrintsEveryProblemWithItsLocationAndNoStackTrace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {
                  "formatVersion": "1.0",
                  "type": "programs",
                  "programs": [
                    {"id": "P1", "title": {"en": "Software"}, "level": "kz-nqf:2025/6",
                     "outcomes": [{"id": "LO1", "category": "skil", "statement": {"en": "Writes code"}},
                                  {"id": 7, "category": "skill", "statement": {"en": "Tests code"}}]}
                  ]
                }
                """, StandardCharsets.UTF_8);

        assertThat(run("validate", "--input", bad.toString())).isEqualTo(1);

        assertThat(err.toString())
                .contains("bad.json:6:45#/programs/0/outcomes/0/category: unknown value: unknown descriptor category 'skil'")
                .contains("bad.json:7:26#/programs/0/outcomes/1/id: wrong type: expected an identifier")
                .contains("invalid, 2 problems")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void truncatedFileIsReportedWhereItEnds() throws IOException {
        Path bad = dir.resolve("cut.yaml");
        Files.writeString(bad, "formatVersion: \"1.0\"\ntype: programs\nprograms:\n  - id: [P1\n", StandardCharsets.UTF_8);

        assertThat(run("validate", "--input", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cut.yaml:").contains("invalid, 1 problem").doesNotContain("\tat ");
    }

    @Test
    void convertRefusesWhatTheTargetCannotHold() throws IOException {
        Path json = dir.resolve("standards.json");
        assertThat(run("convert", "--input", DEMO.resolve("standards.csv").toString(), "--to", "json", "--output",
                json.toString())).isZero();

        assertThat(run("convert", "--input", json.toString(), "--to", "jsonl", "--output", "-")).isEqualTo(2);
        assertThat(err.toString()).contains("jsonl cannot hold a standards document; json, yaml, csv, case can");
        assertThat(run("convert", "--input", json.toString(), "--to", "xml", "--output", "-")).isEqualTo(2);
        assertThat(run("validate", "--input", dir.resolve("standards.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot tell the format");
    }

    @Test
    void missingFileIsAnIoProblem() {
        assertThat(run("validate", "--input", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json: io error: cannot read").contains("no such file");
    }
}

package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.Documents;
import io.github.opennqf.io.FileFormat;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} and {@code validate} over CASE, ELM and the hardened input and output paths. */
class ConvertEveryFormatTest {
    private static final Path DEMO = Path.of("../demo");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private static Path formats() {
        Path formats = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).toAbsolutePath()
                .normalize().resolve("formats");
        Assumptions.assumeTrue(Files.isDirectory(formats), "the format samples are not at " + formats
                + " (set -Dopennqf.shared.data)");
        return formats;
    }

    @Test
    void caseSampleConvertsToNativeJsonAndBack() {
        Path json = dir.resolve("framework.json");
        Path cased = dir.resolve("framework.case.json");
        assertThat(run("convert", "--input", formats().resolve("case/Ordering.json").toString(), "--to", "json",
                "--output", json.toString())).isZero();
        List<ProfessionalStandard> standards = Documents.defaults().read(json).as(DocumentType.STANDARDS);
        assertThat(standards).singleElement().satisfies(s -> assertThat(s.requirements()).hasSize(28));
        assertThat(run("convert", "--input", json.toString(), "--to", "case", "--output", cased.toString())).isZero();
        assertThat(Documents.defaults().detect(cased)).isEqualTo(FileFormat.CASE);
        assertThat(Documents.defaults().read(cased).as(DocumentType.STANDARDS)).isEqualTo(standards);
    }

    @Test
    void elmSampleValidatesWithItsWarnings() {
        assertThat(run("validate", "--input", formats().resolve("elm/Sample-MC-Annex1-unsigned.jsonld").toString()))
                .isZero();
        assertThat(out.toString()).contains("valid programs document (1 record)")
                .contains("warning: unknown field: Qualification field 'volumeOfLearning' is not read");
    }

    @Test
    void csvToElmSaysWhatItDropsAndFromOverridesDetection() throws IOException {
        Path elm = dir.resolve("programs.json");
        assertThat(run("convert", "--input", DEMO.resolve("programs.csv").toString(), "--to", "elm", "--output",
                elm.toString())).isZero();
        assertThat(run("validate", "--input", elm.toString())).isZero();
        assertThat(out.toString()).contains("valid programs document (6 records)");
        assertThat(run("validate", "--input", elm.toString(), "--from", "json")).isEqualTo(1);
        assertThat(err.toString()).contains("programs.json");
    }

    @Test
    void utf16CsvIsAskedToBeUtf8() throws IOException {
        Path csv = dir.resolve("programs.csv");
        Files.write(csv, ("\uFEFF" + Files.readString(DEMO.resolve("programs.csv"))).getBytes(StandardCharsets.UTF_16LE));
        assertThat(run("validate", "--input", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("programs.csv:1:1: malformed syntax: the file is UTF-16")
                .contains("save it as UTF-8").doesNotContain("Input length");
    }

    @Test
    void longSingleLineCsvIsSniffedWithinItsBound() throws IOException {
        Path csv = dir.resolve("wide.csv");
        Files.writeString(csv, "x".repeat(3_000_000));
        assertThat(run("validate", "--input", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("wide.csv").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void missingOutputDirectoryGetsASentenceAndNothingIsLeftBehind() {
        Path target = dir.resolve("no/such/dir/out.json");
        assertThat(run("convert", "--input", DEMO.resolve("programs.csv").toString(), "--to", "json", "--output",
                target.toString())).isNotZero();
        assertThat(err.toString()).contains("cannot write " + target).contains("does not exist; create it first");
        assertThat(dir.resolve("no")).doesNotExist();
    }
}

package io.github.opennqf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.examples.cli.OpenNqfCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opennqf demo}: the bundled demo data, the printed summary and the HTML reports. */
class DemoCommandTest {
    private static final Path DEMO = Path.of("..", "demo");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    @Test
    void theDemoPrintsTheMatrixAPairsGapsAndTheBestApplicantsAndWritesTheReports() throws Exception {
        int code = OpenNqfCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("demo", "--output-dir", tmp.toString());

        assertThat(code).as(err.toString()).isZero();
        String printed = out.toString();
        assertThat(printed).contains("OpenNQF demo: 6 programs, 6 professional standards, 21 applicants")
                .contains("Coverage of each standard (columns) by each program (rows)")
                .containsPattern("\\n6B06101 +0\\.\\d\\d +0\\.4\\d")
                .contains("Gaps of 6B06101 against PS-ICT-02")
                .contains("Best 5 of 21 applicants for PS-ICT-02 / PS-ICT-02 on 2026-12-01 (0 rejected")
                .contains("  1. A-05  1.00  recognised  eligibility met  no flags")
                .contains("    A-21: urn:uuid:0d6c1e52-7f3a-4b8e-9a61-5c2f7e4d2a21 verification failed")
                .contains("    A-13: A-13/c-expired expired");
        for (String report : List.of("coverage-6B06101-PS-ICT-02.html", "matrix.html", "applicants-PS-ICT-02.html")) {
            Path file = tmp.resolve(report);
            assertThat(printed).contains(file.toAbsolutePath().normalize().toString());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        }
        assertThat(Files.readString(tmp.resolve("applicants-PS-ICT-02.html"), StandardCharsets.UTF_8))
                .contains("<section id=\"applicant-21\">");
        assertThat(tmp.resolve("data/applicants/A-20/java-course.jwt")).exists();
    }

    @Test
    void theBundledFilesAreExactlyTheDemoDirectory() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.walk(DEMO)) {
            files = all.filter(Files::isRegularFile).map(p -> DEMO.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
        List<String> bundled = new java.util.ArrayList<>();
        for (String name : files) {
            try (var in = OpenNqfCommand.class.getResourceAsStream("/io/github/opennqf/examples/demo/" + name)) {
                assertThat(in).as("bundled %s", name).isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(DEMO.resolve(name)));
            }
            bundled.add(name);
        }
        assertThat(bundled).containsExactlyInAnyOrderElementsOf(DemoFiles.LIST);
    }

    /** The list {@code opennqf demo} copies, read reflectively to keep the command package-private. */
    static final class DemoFiles {
        static final List<String> LIST = list();

        @SuppressWarnings("unchecked")
        private static List<String> list() {
            try {
                var field = Class.forName("io.github.opennqf.examples.cli.DemoCommand").getDeclaredField("FILES");
                field.setAccessible(true);
                return (List<String>) field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

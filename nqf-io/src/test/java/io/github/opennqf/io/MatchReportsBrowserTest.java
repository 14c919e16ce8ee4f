package io.github.opennqf.io;

import static io.github.opennqf.io.MatchFixtures.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML pages in headless Chromium and checks the screenshots: a PNG of the window's
 * size that is not blank and shows the heatmap's greens. Skips, saying how to install it, when
 * {@code /usr/bin/chromium} is absent. The pages and screenshots are kept in
 * {@code target/report-screenshots/} to look at.
 */
class MatchReportsBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;

    @TempDir
    Path profiles;

    @Test
    void aCoverageReportRendersWithItsHeatmap() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed: apt-get install chromium");
        Path html = output("coverage-report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            MatchReports.defaults().writeHtml(MatchFixtures.softwareReport(), out);
        }

        BufferedImage image = screenshot(html, output("coverage-report.png"));

        assertRendered(image);
    }

    @Test
    void aCoverageMatrixRendersWithItsHeatmap() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed: apt-get install chromium");
        Path html = output("coverage-matrix.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            MatchReports.defaults().writeHtml(MatchFixtures.matcher()
                    .coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE), out);
        }

        BufferedImage image = screenshot(html, output("coverage-matrix.png"));

        assertRendered(image);
    }

    @Test
    void aLargeTruncatedMatrixRenders() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed: apt-get install chromium");
        List<ProfessionalStandard> standards = new ArrayList<>();
        List<EducationalProgram> programs = new ArrayList<>();
        String[] topics = {"database design and SQL", "patient care and medication", "financial statements and tax",
            "freight transport and warehouses", "software testing in Java", "team leadership and planning"};
        for (int i = 0; i < 210; i++) {
            String topic = topics[i % topics.length];
            standards.add(new ProfessionalStandard(StandardPassport.of("PS-" + i + " a long standard code", en(topic)),
                    List.of(ProfessionCard.of("C" + i, en(topic), null, List.of(new LabourFunction("F" + i, en(topic),
                            List.of(Requirement.of("R1", DescriptorCategory.KZ_SKILLS, en(topic)))))))));
            programs.add(EducationalProgram.builder("P" + i, en(topic), null).outcome(LearningOutcome.of("LO1",
                    DescriptorCategory.KZ_SKILLS, en("Knows " + topics[(i / 7) % topics.length]))).build());
        }
        CoverageMatrix matrix = Matcher.builder().standards(standards).programs(programs).build()
                .coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);
        Path html = output("large-matrix.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            MatchReports.defaults().writeHtml(matrix, out);
        }
        assertThat(Files.readString(html)).contains("it shows the first 200 of 210 programs");

        BufferedImage image = screenshot(html, output("large-matrix.png"));

        assertRendered(image);
    }

    static Path output(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-screenshots"));
        return dir.resolve(name).toAbsolutePath();
    }

    private BufferedImage screenshot(Path html, Path png) throws Exception {
        return screenshot(html, png, profiles, HEIGHT);
    }

    /** Renders a page in headless Chromium at {@value #WIDTH} × {@code height} and returns the PNG. */
    static BufferedImage screenshot(Path html, Path png, Path profiles, int height) throws Exception {
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory(profiles, "chromium");
        Path log = profiles.resolve(png.getFileName() + ".log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + height, "--screenshot=" + png,
                html.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish in 90 s:\n" + Files.readString(log));
        }
        assertThat(png).as("screenshot; chromium said:\n%s", Files.readString(log)).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("decodable PNG").isNotNull();
        return image;
    }

    private static void assertRendered(BufferedImage image) {
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        int greens = 0;
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (g > 90 && g - r > 50 && g - b > 30) {
                    greens++;
                }
                if (r + g + b < 200) {
                    dark++;
                }
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
        assertThat(greens).as("sampled pixels of the heatmap's greens").isGreaterThan(200);
        assertThat(dark).as("sampled pixels of dark text").isGreaterThan(500);
    }
}

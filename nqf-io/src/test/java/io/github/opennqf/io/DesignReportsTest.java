package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortEstimator;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.ProgramDesigner;
import io.github.opennqf.design.ProgramQualityCheck;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.MultilingualText;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text and HTML of program designs, QA reports and effort estimates, and their pages in Chromium. */
class DesignReportsTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path profiles;

    private static ProfessionalStandard standard() {
        return NativeFormat.yaml().read(EXAMPLES.resolve("standards.yaml"), DocumentType.STANDARDS).get(0);
    }

    private static EducationalProgram program() {
        return NativeFormat.json().read(EXAMPLES.resolve("programs.json"), DocumentType.PROGRAMS).get(0);
    }

    private static ProgramDesign design() {
        ProfessionalStandard s = standard();
        return ProgramDesigner.withDefaults().design(s, s.professionCards().get(0).id());
    }

    private static <T> String text(T value, java.util.function.BiConsumer<T, Writer> write) {
        StringWriter out = new StringWriter();
        write.accept(value, out);
        return out.toString();
    }

    @Test
    void aDesignIsWrittenAsTextAndHtml() {
        ProgramDesign design = design();

        String text = text(design, DesignReports.defaults()::writeText);
        String html = text(design, DesignReports.defaults()::writeHtml);

        assertThat(text).startsWith("Program design DRAFT-software-engineer\n")
                .contains("level kz-nqf:2025/6 · 240 academic credits (7200 h)")
                .contains("\nModules\n  M1 ").contains(" credits (").contains("serves ");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Program design DRAFT-software-engineer</title>")
                .contains("default-src 'none'").doesNotContain("<script").contains("<li><b>240</b><span>academic credits</span></li>")
                .endsWith("</html>\n");
        assertThat(text(design, DesignReports.defaults()::writeHtml)).isEqualTo(html);
    }

    @Test
    void aQaReportShowsFindingsAndEachOutcomesVerb() {
        EducationalProgram weak = program().withOutcome(LearningOutcome.of("LOX", DescriptorCategory.KZ_KNOWLEDGE,
                MultilingualText.of("ru", "Знает <b>основы</b> & принципы")));
        QaReport report = ProgramQualityCheck.withDefaults().check(weak);

        String text = text(report, DesignReports.defaults()::writeText);
        String html = text(report, DesignReports.defaults()::writeHtml);

        assertThat(text).contains("Program 6B06101 at kz-nqf:2025/6: NOT PASSED (")
                .contains("WARNING WORDING_BELOW_LEVEL outcome LOX (ru) (/outcomes/")
                .contains("  LOX ru \"Знает\" remember (levels 1-4) BELOW\n");
        assertThat(html).contains("<span class=\"sev warning\">WARNING</span>")
                .contains("<td lang=\"ru\">Знает</td>").contains("does not pass").doesNotContain("<b>основы");
    }

    @Test
    void anEffortEstimateListsEveryComponent() {
        EffortEstimate estimate = EffortEstimator.withDefaults().estimate(program(), standard());

        String text = text(estimate, DesignReports.defaults()::writeText);
        DesignReports titled = DesignReports.defaults().withOptions(ReportOptions.DEFAULTS.withTitle("Alignment <2026>"));
        String html = text(estimate, titled::writeHtml);

        assertThat(text).startsWith("Effort of aligning 6B06101 with ").contains("outcomes to add (DESIGNER): ")
                .contains("expert review of modules (EXPERT): ").contains(" person-hours (");
        assertThat(html).contains("<title>Alignment &lt;2026&gt;</title>").contains("credits to develop")
                .contains("Hours per unit");
        assertThatThrownBy(() -> DesignReports.defaults().writeText((EffortEstimate) null, new StringWriter()))
                .isInstanceOf(NullPointerException.class).hasMessage("estimate");
    }

    @Test
    void thePagesRenderInChromium() throws Exception {
        assumeTrue(Files.isExecutable(MatchReportsBrowserTest.CHROMIUM), "chromium not installed: apt-get install chromium");
        ProgramDesign design = design();
        List<Object> values = List.of(design, ProgramQualityCheck.withDefaults().check(program()),
                EffortEstimator.withDefaults().estimateNew(design.program()));
        String[] names = {"program-design", "qa-report", "effort-estimate"};
        for (int i = 0; i < values.size(); i++) {
            Path html = MatchReportsBrowserTest.output(names[i] + ".html");
            try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                Object v = values.get(i);
                if (v instanceof ProgramDesign d) {
                    DesignReports.defaults().writeHtml(d, out);
                } else if (v instanceof QaReport q) {
                    DesignReports.defaults().writeHtml(q, out);
                } else {
                    DesignReports.defaults().writeHtml((EffortEstimate) v, out);
                }
            }
            BufferedImage image = MatchReportsBrowserTest.screenshot(html, MatchReportsBrowserTest.output(names[i]
                    + ".png"), profiles, 1400);
            int dark = 0;
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    colours.add(rgb);
                    if ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 200) {
                        dark++;
                    }
                }
            }
            assertThat(colours).as(names[i] + " distinct colours").hasSizeGreaterThan(20);
            assertThat(dark).as(names[i] + " sampled pixels of dark text").isGreaterThan(500);
        }
    }
}

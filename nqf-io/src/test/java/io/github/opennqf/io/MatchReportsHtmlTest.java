package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML pages: what they show, escaping, self-containment, the heatmap's cells, determinism. */
class MatchReportsHtmlTest {
    private static final Pattern CELL = Pattern.compile("<rect class=\"cell\"[^>]*><title>([^<]*)</title>");

    static String html(CoverageReport report) {
        return html(report, ReportOptions.DEFAULTS);
    }

    static String html(CoverageReport report, ReportOptions options) {
        StringWriter out = new StringWriter();
        MatchReports.defaults().withOptions(options).writeHtml(report, out);
        return out.toString();
    }

    static String html(CoverageMatrix matrix, ReportOptions options) {
        StringWriter out = new StringWriter();
        MatchReports.defaults().withOptions(options).writeHtml(matrix, out);
        return out.toString();
    }

    private static List<String> cellTitles(String html) {
        List<String> titles = new ArrayList<>();
        java.util.regex.Matcher m = CELL.matcher(html);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void aReportPageShowsTheSummaryLevelChecksGapsAndEveryRequirement() {
        CoverageReport report = MatchFixtures.softwareReport();

        String html = html(report);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Coverage of PS-SE by 6B06101</title>")
                .contains("<strong>6B06101</strong> against professional standard <strong>PS-SE</strong>")
                .contains("<b>" + String.format(java.util.Locale.ROOT, "%.2f", report.score())
                        + "</b><span>coverage score (0 to 1)</span>")
                .contains("covered share, by weight");
        // the program (level 5) is below card B (level 6)
        assertThat(report.belowRequiredLevel()).isTrue();
        assertThat(html).contains("<p class=\"alert\"><strong>Below the required level.</strong>");
        for (LevelCheck check : report.levelChecks()) {
            assertThat(html).contains("card " + check.professionCardId() + ": " + check.message());
        }
        assertThat(html).contains("<li class=\"below\"><strong>\u26a0 Below the required level</strong>");
        for (RequirementMatch m : report.requirements()) {
            assertThat(html).contains("<tr><th scope=\"row\">" + m.requirement().id() + "</th><td lang=\"en\">"
                    + m.requirement().text().resolve(ReportOptions.DEFAULTS.languages()) + "</td>");
        }
        for (String function : report.labourFunctionCoverage().keySet()) {
            assertThat(html).contains("<th colspan=\"7\" scope=\"colgroup\">Labour function " + function);
        }
        assertThat(html).contains("<span class=\"status covered\">covered</span>");
    }

    @Test
    void theGapsAreListedInTheOrderOfTheReportWithTheirNearestOutcome() {
        CoverageReport report = MatchFixtures.softwareReport();
        List<RequirementMatch> gaps = report.gaps();
        assertThat(gaps).isNotEmpty();

        String html = html(report);

        String gapTable = html.substring(html.indexOf("<table class=\"gaps\">"), html.indexOf("</table>",
                html.indexOf("<table class=\"gaps\">")));
        int at = 0;
        for (int i = 0; i < gaps.size(); i++) {
            RequirementMatch gap = gaps.get(i);
            String row = "<tr><td class=\"num\">" + (i + 1) + "</td><th scope=\"row\">" + gap.requirement().id() + "</th>";
            int next = gapTable.indexOf(row, at);
            assertThat(next).as("gap %s in order", gap.requirement().id()).isGreaterThan(at);
            at = next;
            if (gap.nearest().isPresent()) {
                assertThat(gapTable).contains("<span class=\"why\">" + gap.nearest().get().why() + "</span>");
            }
        }
        assertThat(count(gapTable, "<tr><td class=\"num\">")).isEqualTo(gaps.size());
        assertThat(gaps).allMatch(g -> g.status() != CoverageStatus.COVERED);
    }

    @Test
    void theHeatmapHasACellPerLabourFunctionAndSupportingOutcome() {
        CoverageReport report = MatchFixtures.softwareReport();
        Set<String> outcomes = new LinkedHashSet<>();
        report.requirements().forEach(m -> m.supports().forEach(s -> outcomes.add(s.statementId())));
        int functions = report.labourFunctionCoverage().size();

        String html = html(report);

        List<String> cells = cellTitles(html);
        assertThat(cells).hasSize(functions * outcomes.size());
        assertThat(count(html, "<rect class=\"cell\"")).isEqualTo(functions * outcomes.size());
        // natural order of outcome ids: LO2 before LO10
        if (outcomes.contains("LO2") && outcomes.contains("LO10")) {
            assertThat(html.indexOf(">LO2</text>")).isLessThan(html.indexOf(">LO10</text>"));
        }
        // a supported cell shows the best support of the outcome for the function's requirements
        RequirementMatch s1 = report.requirements().stream().filter(m -> m.requirement().id().equals("S1"))
                .findFirst().orElseThrow();
        String lo = s1.supports().get(0).statementId();
        double best = report.requirements().stream().filter(m -> m.labourFunctionId().equals(s1.labourFunctionId()))
                .flatMap(m -> m.supports().stream()).filter(s -> s.statementId().equals(lo))
                .mapToDouble(s -> s.score()).max().orElseThrow();
        assertThat(cells).contains(s1.labourFunctionId() + " \u00d7 " + lo + ": "
                + String.format(java.util.Locale.ROOT, "%.2f", best));
        assertThat(cells).anyMatch(t -> t.endsWith(": no support"));
        assertThat(html).contains("<g class=\"legend\"").contains(">0.0</text>").contains(">1.0</text>")
                .contains("fill=\"#00441b\"");
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        CoverageReport report = MatchFixtures.oneRequirement(MatchFixtures.HOSTILE, MatchFixtures.HOSTILE);

        String html = html(report, ReportOptions.DEFAULTS.withTitle("Title " + MatchFixtures.HOSTILE));

        assertThat(html).doesNotContain("<script").doesNotContain("alert(1)</script>");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;double&quot; &#39;single&#39;";
        assertThat(html).contains("<td lang=\"en\">" + escaped + "</td>")
                .contains("<span class=\"stmt\" lang=\"\">" + escaped + "</span>")
                .contains("<title>Title " + escaped + "</title>")
                .contains("<h1>Title " + escaped + "</h1>");
    }

    @Test
    void controlCharactersAreReplaced() {
        CoverageReport report = MatchFixtures.oneRequirement("Design", "bell\u0007 and \u0000 nul");

        assertThat(html(report)).contains("bell\uFFFD and \uFFFD nul").doesNotContain("\u0000").doesNotContain("\u0007");
    }

    @Test
    void thePageIsSelfContained() {
        String html = html(MatchFixtures.softwareReport());

        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("src=").doesNotContain("href=").doesNotContain("url(").doesNotContain("@import")
                .contains("<style>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        // the SVG namespace is an identifier, not a resource
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContainPattern("(?i)(https?|ftp|file|data):");
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        Matcher matcher = MatchFixtures.matcher();
        CoverageMatrix matrix = matcher.coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);
        CoverageMatrix again = MatchFixtures.matcher().coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);

        assertThat(html(MatchFixtures.softwareReport())).isEqualTo(html(MatchFixtures.softwareReport()));
        assertThat(html(matrix, ReportOptions.DEFAULTS)).isEqualTo(html(again, ReportOptions.DEFAULTS));
    }

    @Test
    void aMatrixPageHasAProgramByStandardHeatmapAndTheBestPairs() {
        CoverageMatrix matrix = MatchFixtures.matcher().coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);

        String html = html(matrix, ReportOptions.DEFAULTS.withTopPairs(3));

        assertThat(html).contains("<title>Coverage matrix: 2 programs \u00d7 2 standards</title>");
        List<String> cells = cellTitles(html);
        assertThat(cells).containsExactly(
                "6B06101 \u00d7 PS-SE: " + two(matrix.score(0, 0)), "6B06101 \u00d7 PS-NU: " + two(matrix.score(0, 1)),
                "6B09101 \u00d7 PS-SE: " + two(matrix.score(1, 0)), "6B09101 \u00d7 PS-NU: " + two(matrix.score(1, 1)));
        String pairs = html.substring(html.indexOf("<table class=\"pairs\">"));
        assertThat(count(pairs, "<tr><td class=\"num\">")).isEqualTo(3);
        // the two matching pairs come first
        assertThat(pairs.indexOf("<td>6B06101</td><td>PS-SE</td>")).isPositive();
        assertThat(pairs.indexOf("<td>6B09101</td><td>PS-NU</td>")).isPositive();
        assertThat(pairs).contains("The 3 pairs with the highest coverage, of 4");
        assertThat(html).doesNotContain("truncated");
    }

    @Test
    void aLargeMatrixIsTruncatedAndThePageSaysSo() {
        List<ProfessionalStandard> standards = new ArrayList<>();
        List<EducationalProgram> programs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            standards.add(new ProfessionalStandard(io.github.opennqf.standard.StandardPassport.of("S" + i,
                    MatchFixtures.en("Standard " + i)), MatchFixtures.NURSE.professionCards()));
            programs.add(EducationalProgram.builder("P" + i, MatchFixtures.en("Nursing " + i), MatchFixtures.kz(6))
                    .outcomes(MatchFixtures.NURSING_PROGRAM.outcomes()).build());
        }
        CoverageMatrix matrix = Matcher.builder().standards(standards).programs(programs).build()
                .coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);

        String html = html(matrix, ReportOptions.DEFAULTS.withMaxHeatmapSize(3));

        assertThat(cellTitles(html)).hasSize(9);
        assertThat(html).contains("The heatmap is truncated: it shows the first 3 of 5 programs and the first 3 of 5"
                + " standards.");
    }

    @Test
    void aReportHeatmapIsTruncatedToTheMaximumSize() {
        CoverageReport report = MatchFixtures.softwareReport();

        String html = html(report, ReportOptions.DEFAULTS.withMaxHeatmapSize(1));

        assertThat(cellTitles(html)).hasSize(1);
        assertThat(html).contains("The heatmap is truncated: it shows the first 1 of 4 labour functions");
    }

    @Test
    void anEmptyReportAndAnEmptyMatrixStillGiveACompletePage() {
        String report = html(MatchFixtures.empty());
        CoverageMatrix empty = Matcher.builder().standards(List.of(MatchFixtures.NURSE)).build()
                .coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);
        String matrix = html(empty, ReportOptions.DEFAULTS);

        assertThat(report).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("The standard has no requirements.").contains("The standard has no profession card to check.")
                .contains("Nothing to draw").doesNotContain("<svg");
        assertThat(matrix).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("The matrix is empty").contains("<title>Coverage matrix: 0 programs \u00d7 1 standard</title>");
    }

    @Test
    void nullArgumentsAreNamed() {
        CoverageReport report = MatchFixtures.empty();
        Writer out = new StringWriter();
        CoverageMatrix matrix = MatchFixtures.matcher().coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);

        assertThatThrownBy(() -> MatchReports.defaults().writeHtml((CoverageReport) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> MatchReports.defaults().writeHtml(report, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> MatchReports.defaults().withOptions(null).writeHtml(report, out))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThatThrownBy(() -> MatchReports.defaults().writeHtml((CoverageMatrix) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("matrix");
        assertThatThrownBy(() -> MatchReports.defaults().writeHtml(matrix, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> MatchReports.defaults().withOptions(null).writeHtml(matrix, out))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThat(out.toString()).isEmpty();
    }

    private static String two(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

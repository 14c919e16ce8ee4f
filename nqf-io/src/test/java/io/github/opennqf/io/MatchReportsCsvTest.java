package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV reports: header, one row per item, values that read back, and the formula-injection guard. */
class MatchReportsCsvTest {
    private static final List<String> COVERAGE_HEADER = List.of("query_id", "standard_id", "profession_card_id",
            "labour_function_id", "requirement_id", "category", "essential", "weight", "score", "status",
            "needs_review", "review_reasons", "best_statement_id", "best_statement_score", "why", "requirement_text",
            "language");

    /** Parses CSV text into rows of cells. */
    static List<List<String>> parse(String csv) {
        try (MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(csv)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.hasNext()) {
                result.add(Arrays.asList(rows.next()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(CoverageReport report) {
        StringWriter out = new StringWriter();
        MatchReports.defaults().writeCsv(report, out);
        return out.toString();
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    @Test
    void aCoverageReportHasOneRowPerRequirementWithItsValues() {
        CoverageReport report = MatchFixtures.softwareReport();

        List<List<String>> rows = parse(csv(report));

        assertThat(rows.get(0)).isEqualTo(COVERAGE_HEADER);
        assertThat(rows).hasSize(1 + report.requirements().size());
        for (int i = 0; i < report.requirements().size(); i++) {
            RequirementMatch m = report.requirements().get(i);
            List<String> row = rows.get(i + 1);
            StatementSupport best = m.nearest().orElse(null);
            assertThat(row).containsExactly(
                    "6B06101", "PS-SE", m.professionCardId(), m.labourFunctionId(), m.requirement().id(),
                    m.requirement().category().code(), Boolean.toString(m.requirement().essential()),
                    Double.toString(m.weight()), score(m.score()), m.status().name(),
                    Boolean.toString(m.confidence().needsReview()),
                    String.join(" ", m.confidence().reasons().stream().sorted().map(Enum::name).toList()),
                    best == null ? "" : best.statementId(), best == null ? "" : score(best.score()),
                    best == null ? "" : best.why(),
                    m.requirement().text().resolve(LanguagePriority.ENGLISH_FIRST), "en");
        }
        List<String> s1 = rows.stream().filter(r -> r.get(4).equals("S1")).findFirst().orElseThrow();
        assertThat(s1.subList(0, 7)).containsExactly("6B06101", "PS-SE", "PS-SE/A", "A/01 Develop software", "S1",
                "skill", "true");
        assertThat(s1.get(12)).isEqualTo("LO2");
        assertThat(s1.get(15)).isEqualTo("Develop and test software applications in Java");
        assertThat(Double.parseDouble(s1.get(8))).isCloseTo(report.requirements().get(1).score(),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void scoresAndWeightsAreUnquotedNumbers() {
        String csv = csv(MatchFixtures.oneRequirement("Design things", "Designs things"));

        assertThat(csv).isEqualTo(String.join(",", COVERAGE_HEADER) + "\n"
                + "P1,S1,C1,F1,R1,skill,false,1.0,0.420000,WEAK,true,SMALL_MARGIN,LO1,0.420000,"
                + "\"LO1 0.42 terms [Designs]\",\"Design things\",en\n");
    }

    @Test
    void theStatementIsInTheFirstLanguageOfTheOptionsThatItHas() {
        CoverageReport english = MatchFixtures.oneRequirement("Design things", "x");
        RequirementMatch m = english.requirements().get(0);
        RequirementMatch bilingual = new RequirementMatch(new Requirement("R1", m.requirement().category(),
                MultilingualText.builder().put("ru", "Проектирует").put("en", "Design things").build(), 1.0, false,
                List.of()),
                m.professionCardId(), m.labourFunctionId(), m.weight(), m.score(), m.status(), m.supports(),
                m.confidence());
        CoverageReport report = new CoverageReport("P1", "S1", CoverageScope.WHOLE_STANDARD, 0.42, 0, List.of(bilingual), List.of());

        StringWriter englishFirst = new StringWriter();
        MatchReports.defaults().writeCsv(report, englishFirst);
        StringWriter russian = new StringWriter();
        MatchReports.defaults().withOptions(ReportOptions.DEFAULTS.withLanguages(LanguagePriority.of("ru")))
                .writeCsv(report, russian);

        assertThat(parse(englishFirst.toString()).get(1).subList(15, 17)).containsExactly("Design things", "en");
        assertThat(parse(russian.toString()).get(1).subList(15, 17)).containsExactly("Проектирует", "ru");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void everyFormulaTriggerGetsAQuote(String trigger) {
        String hostile = trigger + "cmd|' /C calc'!A0";
        CoverageReport one = MatchFixtures.oneRequirement("Design things", "x");
        RequirementMatch m = one.requirements().get(0);
        StatementSupport support = new StatementSupport(hostile, StatementSource.of(StatementSource.LEARNING_OUTCOME, hostile), "x", 0.42, List.of(), List.of(), true, false);
        CoverageReport report = new CoverageReport(hostile, "S1", CoverageScope.WHOLE_STANDARD, 0.42, 0, List.of(new RequirementMatch(m.requirement(),
                m.professionCardId(), m.labourFunctionId(), m.weight(), m.score(), m.status(), List.of(support),
                m.confidence())), List.of());

        List<String> row = parse(csv(report)).get(1);

        assertThat(row.get(0)).isEqualTo("'" + hostile);
        assertThat(row.get(12)).isEqualTo("'" + hostile);
        assertThat(row.get(14)).isEqualTo("'" + hostile + " 0.42");
        assertThat(row.get(1)).isEqualTo("S1");
        assertThat(row.get(13)).isEqualTo("0.420000");
    }

    @Test
    void aStatementStartingWithAMinusIsQuotedAndANormalOneIsNot() {
        CoverageReport report = MatchFixtures.oneRequirement("-based design", "x");

        List<String> row = parse(csv(report)).get(1);

        assertThat(row.get(15)).isEqualTo("'-based design");
        assertThat(row.get(14)).isEqualTo("LO1 0.42 terms [Designs]");
        assertThat(row.get(0)).isEqualTo("P1");
    }

    @Test
    void aMatrixIsWrittenInLongLayoutProgramsThenStandards() {
        Matcher matcher = MatchFixtures.matcher();
        CoverageMatrix matrix = matcher.coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);
        StringWriter out = new StringWriter();

        MatchReports.defaults().writeCsv(matrix, out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(1 + 2 * 2);
        assertThat(rows.get(0)).containsExactly("program_id", "standard_id", "score");
        assertThat(rows.subList(1, 5)).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly(
                "6B06101 PS-SE", "6B06101 PS-NU", "6B09101 PS-SE", "6B09101 PS-NU");
        for (List<String> row : rows.subList(1, 5)) {
            assertThat(row.get(2)).isEqualTo(score(matrix.score(row.get(0), row.get(1))));
        }
        assertThat(Double.parseDouble(rows.get(1).get(2))).isGreaterThan(Double.parseDouble(rows.get(2).get(2)));
    }

    @Test
    void rankingsAreWrittenLikeTheCommandLineTool() {
        Matcher matcher = MatchFixtures.matcher();
        Ranking software = matcher.standardRanking(MatchFixtures.SOFTWARE_PROGRAM, 0);
        Ranking nursing = matcher.standardRanking(MatchFixtures.NURSING_PROGRAM, 0);
        StringWriter out = new StringWriter();

        MatchReports.defaults().writeCsv(List.of(software, nursing), out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows.get(0)).containsExactly("query_id", "rank", "candidate_id", "score");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
                .containsExactly("6B06101 1 PS-SE", "6B06101 2 PS-NU", "6B09101 1 PS-NU", "6B09101 2 PS-SE");
        CandidateScore first = software.candidates().get(0);
        assertThat(rows.get(1).get(3)).isEqualTo(score(first.score()));
    }

    @Test
    void rankingsWrittenOneAtATimeGiveTheSameBytesAsAllAtOnce() {
        Matcher matcher = MatchFixtures.matcher();
        List<Ranking> rankings = List.of(matcher.standardRanking(MatchFixtures.SOFTWARE_PROGRAM, 0),
                new Ranking("=HYPERLINK(\"x\")", List.of(new CandidateScore("+S1", 0.25), new CandidateScore("S, 2", 1e-9)),
                        List.of()),
                new Ranking("empty", List.of(), List.of()),
                matcher.standardRanking(MatchFixtures.NURSING_PROGRAM, 0));
        StringWriter whole = new StringWriter();
        MatchReports.defaults().writeCsv(rankings, whole);

        StringWriter streamed = new StringWriter();
        try (RankingCsvWriter csv = MatchReports.defaults().rankingCsv(streamed)) {
            assertThat(streamed.toString()).as("rows are buffered until closed").isEmpty();
            rankings.forEach(csv::write);
        }

        assertThat(streamed.toString()).isEqualTo(whole.toString());
        assertThat(parse(streamed.toString())).hasSize(1 + 2 + 2 + 2);
    }

    @Test
    void theStreamingWriterRefusesNullAndWritingAfterCloseAndLeavesTheTargetOpen() throws IOException {
        StringWriter out = new StringWriter();
        RankingCsvWriter csv = MatchReports.defaults().rankingCsv(out);
        Ranking ranking = new Ranking("P1", List.of(new CandidateScore("S1", 0.5)), List.of());
        csv.write(ranking);
        assertThatThrownBy(() -> csv.write(null)).isInstanceOf(NullPointerException.class).hasMessage("ranking");
        csv.close();
        csv.close();
        assertThat(out.toString()).isEqualTo("query_id,rank,candidate_id,score\nP1,1,S1,0.500000\n");
        assertThatThrownBy(() -> csv.write(ranking)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        out.write("still open");
        assertThat(out.toString()).endsWith("still open");
        assertThatThrownBy(() -> MatchReports.defaults().rankingCsv(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("out");
    }

    @Test
    void anEmptyReportGivesTheHeaderOnly() {
        assertThat(csv(MatchFixtures.empty())).isEqualTo(String.join(",", COVERAGE_HEADER) + "\n");
        StringWriter out = new StringWriter();
        MatchReports.defaults().writeCsv(List.<Ranking>of(), out);
        assertThat(out.toString()).isEqualTo("query_id,rank,candidate_id,score\n");
    }

    @Test
    void writingTwiceGivesTheSameText() {
        CoverageReport report = MatchFixtures.softwareReport();

        assertThat(csv(report)).isEqualTo(csv(MatchFixtures.softwareReport()));
    }

    @Test
    void nullArgumentsAreNamed() {
        CoverageReport report = MatchFixtures.empty();
        Writer out = new StringWriter();
        CoverageMatrix matrix = MatchFixtures.matcher().coverageMatrix(java.util.concurrent.ForkJoinPool.commonPool(), ProgressListener.NONE);

        assertThatThrownBy(() -> MatchReports.defaults().writeCsv((CoverageReport) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> MatchReports.defaults().writeCsv(report, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> MatchReports.defaults().withOptions(null).writeCsv(report, out))
                .isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThatThrownBy(() -> MatchReports.defaults().writeCsv((CoverageMatrix) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("matrix");
        assertThatThrownBy(() -> MatchReports.defaults().writeCsv(matrix, null))
                .isInstanceOf(NullPointerException.class).hasMessage("out");
        assertThatThrownBy(() -> MatchReports.defaults().writeCsv((List<Ranking>) null, out))
                .isInstanceOf(NullPointerException.class).hasMessage("rankings");
        Ranking ranking = new Ranking("P1", List.of(new CandidateScore("S1", 0.5)), List.of());
        assertThatThrownBy(() -> MatchReports.defaults().writeCsv(Arrays.asList(ranking, null), out))
                .isInstanceOf(NullPointerException.class).hasMessage("rankings[1]");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFailingWriterGetsAnUncheckedIOException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> MatchReports.defaults().writeCsv(MatchFixtures.softwareReport(), broken))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk full");
    }
}

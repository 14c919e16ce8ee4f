package io.github.opennqf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Program matching on Spark (local[2]) against the single-machine {@link Matcher}: rankings,
 * coverage matrices and gap summaries must be equal, bit for bit, on the demo data (always) and on
 * a small subset of the cipsoc-dev split (when {@code opennqf.shared.data} is present).
 */
class SparkMatchingTest {
    private static final Path DEMO = Path.of("../demo");
    private static final Path CIPSOC = Path.of(System.getProperty("opennqf.shared.data", "../shared/data"), "cipsoc-dev");

    private static SparkSession spark;
    private static Matcher demo;
    private static List<EducationalProgram> demoPrograms;
    private static SparkMatching matching;

    @BeforeAll
    static void start() {
        demo = Matcher.builder().standards(TabularFormat.csv().readStandards(DEMO.resolve("standards.csv"))).build();
        demoPrograms = TabularFormat.csv().readPrograms(DEMO.resolve("programs.csv"));
        spark = LocalSpark.start("SparkMatchingTest");
        matching = SparkMatching.broadcast(spark, demo);
    }

    @AfterAll
    static void stop() {
        matching.close();
        spark.stop();
    }

    private static Dataset<Row> demoRows() {
        return SparkInputs.programsCsv(spark, DEMO.resolve("programs.csv").toString());
    }

    /** Asserts that Spark's rankings are the matcher's, bit for bit. */
    private static void assertRankingsEqual(SparkOutput ranked, Matcher matcher, List<EducationalProgram> programs, int k) {
        Map<String, List<Row>> byQuery = ranked.results().collectAsList().stream()
                .collect(Collectors.groupingBy(r -> r.getString(0)));
        assertThat(byQuery.keySet()).isEqualTo(programs.stream().map(EducationalProgram::id).collect(Collectors.toSet()));
        for (EducationalProgram p : programs) {
            List<RankedMatch> expected = matcher.rankStandards(p, k);
            List<Row> actual = new ArrayList<>(byQuery.get(p.id()));
            actual.sort((a, b) -> Integer.compare(a.getInt(1), b.getInt(1)));
            assertThat(actual).extracting(r -> r.getInt(1)).containsExactlyElementsOf(expected.stream().map(RankedMatch::rank).toList());
            assertThat(actual).extracting(r -> r.getString(2))
                    .containsExactlyElementsOf(expected.stream().map(RankedMatch::candidateId).toList());
            assertThat(actual).extracting(r -> r.getDouble(3)).as(p.id())
                    .containsExactlyElementsOf(expected.stream().map(RankedMatch::score).toList());
        }
    }

    /** Asserts that Spark's coverage matrix is the matcher's, bit for bit. */
    private static void assertMatrixEqual(SparkOutput matrix, Matcher matcher, List<EducationalProgram> programs) {
        CoverageMatrix expected = matcher.withPrograms(programs).coverageMatrix(Runnable::run, ProgressListener.NONE);
        List<Row> rows = matrix.results().collectAsList();
        assertThat(rows).hasSize(expected.rows() * expected.columns());
        for (Row r : rows) {
            assertThat(r.getDouble(2)).as(r.getString(0) + " x " + r.getString(1))
                    .isEqualTo(expected.score(r.getString(0), r.getString(1)));
        }
    }

    @Test
    void demoRankingsAndCoverageMatrixEqualTheSingleMachineMatcher() {
        try (SparkOutput ranked = matching.rankStandards(demoRows(), 3)) {
            assertRankingsEqual(ranked, demo, demoPrograms, 3);
            assertThat(ranked.counts()).isEqualTo(new RecordCounts(demoPrograms.size(), 0));
        }
        try (SparkOutput matrix = matching.coverageMatrix(demoRows())) {
            assertMatrixEqual(matrix, demo, demoPrograms);
        }
        assertThat(matching.savedBytes()).isPositive();
        assertThat(matching.savedSha256()).hasSize(64);
    }

    @Test
    void gapSummaryCountsRequirementStatusesPerGroupAsTheCoverageReportsDo() {
        Dataset<Row> rows = demoRows().withColumn("institution", when(col("program_id").startsWith("6B06"), "IT").otherwise("other"));
        Map<String, long[]> expected = new TreeMap<>();
        for (EducationalProgram p : demoPrograms) {
            String group = p.id().startsWith("6B06") ? "IT" : "other";
            for (RankedMatch m : demo.rankStandards(p, 2)) {
                for (RequirementMatch r : m.coverage().requirements()) {
                    long[] c = expected.computeIfAbsent(group + "|" + m.candidateId() + "|" + r.requirement().id(), x -> new long[3]);
                    c[0]++;
                    c[1] += r.status() == CoverageStatus.UNCOVERED ? 1 : 0;
                    c[2] += r.status() == CoverageStatus.WEAK ? 1 : 0;
                }
            }
        }
        try (SparkOutput gaps = matching.gapSummary(rows, 2, "institution")) {
            Map<String, long[]> actual = new TreeMap<>();
            for (Row r : gaps.results().collectAsList()) {
                actual.put(r.getString(r.fieldIndex("group")) + "|" + r.getString(r.fieldIndex("standard_id")) + "|"
                        + r.getString(r.fieldIndex("requirement_id")), new long[] {r.getLong(r.fieldIndex("assessed")),
                                r.getLong(r.fieldIndex("uncovered")), r.getLong(r.fieldIndex("weak"))});
            }
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((key, v) -> assertThat(actual.get(key)).as(key).containsExactly(v));
        }
    }

    @Test
    void badProgramsAreRejectedWithEveryProblemAndCountedWhileTheGoodOnesAreScored(@TempDir Path dir) throws Exception {
        List<String> csv = new ArrayList<>(Files.readAllLines(DEMO.resolve("programs.csv"), StandardCharsets.UTF_8));
        csv.add("BAD-1,Broken program,6,LO1,Writes code,skil,en");
        csv.add("BAD-1,Broken program,6,LO2,,skill,en");
        csv.add("BAD-2,Bad level,99,LO1,\"Designs, builds and tests software\",skill,en");
        Path file = dir.resolve("programs.csv");
        Files.write(file, csv, StandardCharsets.UTF_8);
        try (SparkOutput ranked = matching.rankStandards(SparkInputs.programsCsv(spark, file.toString()), 3)) {
            assertThat(ranked.counts()).isEqualTo(new RecordCounts(demoPrograms.size(), 2));
            Map<String, Row> rejected = new HashMap<>();
            for (Row r : ranked.rejected().collectAsList()) {
                rejected.put(r.getString(2).lines().skip(1).findFirst().orElseThrow().substring(1, 6), r);
            }
            assertThat(rejected.keySet()).isEqualTo(Set.of("BAD-1", "BAD-2"));
            Row bad1 = rejected.get("BAD-1");
            assertThat(bad1.getString(0)).endsWith("programs.csv");
            assertThat(bad1.getString(3)).contains("programs.csv#program_id=BAD-1").contains("skil").contains("MISSING_FIELD");
            assertThat(bad1.getString(4)).isEqualTo("UNKNOWN_VALUE");
            assertThat(rejected.get("BAD-2").getString(3)).contains("99");
            assertRankingsEqual(ranked, demo, demoPrograms, 3);
        }
    }

    @Test
    void badInputIsRefusedOnTheDriverWithTheReason() {
        assertThatThrownBy(() -> matching.rankStandards(demoRows().drop("outcome_text"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[outcome_text]");
        assertThatThrownBy(() -> matching.rankStandards(demoRows(), 0)).hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> matching.gapSummary(demoRows(), 2, "region")).hasMessageContaining("'region'");
        assertThatThrownBy(() -> matching.withPartitions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matching.withLanguage(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cipsocSubsetRankingsAndCoverageMatrixEqualTheSingleMachineMatcher() {
        Assumptions.assumeTrue(Files.isRegularFile(CIPSOC.resolve("programs.csv")),
                CIPSOC + " is missing (set -Dopennqf.shared.data to the shared data directory)");
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(CIPSOC.resolve("standards.csv")).subList(0, 60);
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(CIPSOC.resolve("programs.csv")).subList(0, 20);
        Matcher matcher = Matcher.builder().standards(standards).build();
        Dataset<Row> rows = SparkInputs.programsCsv(spark, CIPSOC.resolve("programs.csv").toString())
                .filter(col("program_id").isin(programs.stream().map(EducationalProgram::id).toArray()));
        try (SparkMatching cipsoc = SparkMatching.broadcast(spark, matcher)) {
            try (SparkOutput ranked = cipsoc.rankStandards(rows, 5)) {
                assertRankingsEqual(ranked, matcher, programs, 5);
            }
            try (SparkOutput matrix = cipsoc.coverageMatrix(rows)) {
                assertMatrixEqual(matrix, matcher, programs);
                assertThat(matrix.counts()).isEqualTo(new RecordCounts(programs.size(), 0));
            }
        }
    }
}

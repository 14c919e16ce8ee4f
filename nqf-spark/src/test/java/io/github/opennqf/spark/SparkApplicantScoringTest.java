package io.github.opennqf.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.spark.internal.ExecutorCache;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applicant scoring on Spark (local[2]) against the single-machine {@link ApplicantAssessor}, on
 * generated applicants (fixed seed) for the demo card PS-ICT-02: every score and the ranking must
 * be equal, bit for bit, and every bad record must be rejected with its reason and counted.
 */
class SparkApplicantScoringTest {
    private static final Path DEMO = Path.of("../demo");
    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final int N = 120;
    private static final String[] REGIONS = {"Almaty", "Astana", "Shymkent"};

    private static SparkSession spark;
    private static Matcher matcher;
    private static List<EducationalProgram> programs;
    private static ApplicantAssessor assessor;
    private static List<String> lines;
    private static SparkApplicantScoring scoring;

    @BeforeAll
    static void start() {
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(DEMO.resolve("standards.csv"));
        programs = TabularFormat.csv().readPrograms(DEMO.resolve("programs.csv"));
        matcher = Matcher.builder().standards(standards).build();
        ProfessionalStandard card = standards.stream().filter(s -> s.code().equals("PS-ICT-02")).findFirst().orElseThrow();
        Map<String, EducationalProgram> byId = programs.stream().collect(Collectors.toMap(EducationalProgram::id, p -> p));
        assessor = ApplicantAssessor.builder(matcher, card, "PS-ICT-02").on(ON).programs(id -> Optional.ofNullable(byId.get(id))).build();
        SyntheticApplicants generator = new SyntheticApplicants(standards, programs, "PS-ICT-02", "PS-ICT-02", ON, 20261201L);
        lines = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            lines.add(generator.line(i));
        }
        spark = LocalSpark.start("SparkApplicantScoringTest");
        scoring = SparkApplicantScoring.builder(spark, matcher, "PS-ICT-02", "PS-ICT-02").programs(programs).on(ON).build();
    }

    @AfterAll
    static void stop() {
        scoring.close();
        spark.stop();
    }

    private static List<ApplicantProfile> profiles() {
        List<ApplicantProfile> out = new ArrayList<>();
        JsonLines.applicants().read(new StringReader(String.join("\n", lines)), "generated", out::add);
        return out;
    }

    private static Dataset<Row> withRegions(List<String> records) {
        StructType schema = new StructType().add("applicant", DataTypes.StringType).add("region", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(RowFactory.create(records.get(i), REGIONS[i % REGIONS.length]));
        }
        return spark.createDataFrame(rows, schema);
    }

    @Test
    void scoresEqualTheSingleMachineAssessorBitForBitAndBadLinesAreRejectedWithTheirReason(@TempDir Path dir) throws Exception {
        List<String> file = new ArrayList<>(lines);
        file.add(17, "{\"id\": \"BAD-1\", \"evidence\": [");                                 // cut short
        file.add(40, "{\"evidence\": []}");                                                  // no id
        file.add(41, "{\"id\": \"BAD-3\", \"evidence\": [{\"kind\": \"diploma\", \"id\": \"x\"}]}"); // diploma without program
        Path jsonl = dir.resolve("applicants.jsonl");
        Files.write(jsonl, file, StandardCharsets.UTF_8);

        try (SparkOutput out = scoring.score(SparkInputs.applicantsJsonLines(spark, jsonl.toString()))) {
            Map<String, Row> byId = new HashMap<>();
            for (Row r : out.results().collectAsList()) {
                assertThat(byId.put(r.getString(r.fieldIndex("applicant_id")), r)).isNull();
            }
            List<ApplicantProfile> profiles = profiles();
            assertThat(byId).hasSize(profiles.size());
            for (ApplicantProfile p : profiles) {
                ApplicantAssessment expected = assessor.assess(p);
                Row actual = byId.get(p.id());
                assertThat(actual.getDouble(actual.fieldIndex("score"))).as(p.id()).isEqualTo(expected.score());
                assertThat(actual.getDouble(actual.fieldIndex("skills_score"))).isEqualTo(expected.skills().score());
                assertThat(actual.getDouble(actual.fieldIndex("covered_share"))).isEqualTo(expected.skills().coveredShare());
                assertThat(actual.getBoolean(actual.fieldIndex("recognised"))).isEqualTo(expected.recognised());
                assertThat(actual.getString(actual.fieldIndex("eligibility"))).isEqualTo(expected.eligibility().status().name());
                assertThat(actual.getDouble(actual.fieldIndex("experience_years"))).isEqualTo(expected.experienceYears());
                assertThat(actual.getInt(actual.fieldIndex("flags"))).isEqualTo(expected.flags().size());
            }
            assertThat(byId.values().stream().mapToDouble(r -> r.getDouble(1)).distinct().count())
                    .as("the generated applicants are not all alike").isGreaterThan(N / 4);

            assertThat(out.counts()).isEqualTo(new RecordCounts(N, 3));
            List<Row> rejected = out.rejected().orderBy("position").collectAsList();
            assertThat(rejected).extracting(r -> r.getString(4)).containsExactly("TRUNCATED", "MISSING_FIELD", "MISSING_FIELD");
            assertThat(rejected).allSatisfy(r -> assertThat(r.getString(0)).endsWith("applicants.jsonl"));
            assertThat(rejected.get(0).getString(2)).isEqualTo(file.get(17));
            assertThat(rejected.get(1).getString(3)).contains("/id");
            assertThat(rejected.get(2).getString(3)).contains("programId");
        }
    }

    @Test
    void topKEqualsTheSingleMachineRankingAndPerRegionRankingFollowsTheSameOrder() {
        ApplicantRanking expected = assessor.rank(profiles(), 15, Runnable::run);
        try (SparkOutput best = scoring.rank(withRegions(lines), 15)) {
            List<Row> rows = best.results().collectAsList();
            assertThat(rows).extracting(r -> r.getString(r.fieldIndex("applicant_id")))
                    .containsExactlyElementsOf(expected.top().stream().map(ApplicantAssessment::applicantId).toList());
            assertThat(rows).extracting(r -> r.getDouble(r.fieldIndex("score")))
                    .containsExactlyElementsOf(expected.top().stream().map(ApplicantAssessment::score).toList());
            assertThat(rows).extracting(r -> r.getInt(r.fieldIndex("rank"))).containsExactly(
                    java.util.stream.IntStream.rangeClosed(1, 15).boxed().toArray(Integer[]::new));
            assertThat(best.counts()).isEqualTo(new RecordCounts(N, 0));
        }
        try (SparkOutput perRegion = scoring.rank(withRegions(lines), 5, "region")) {
            List<Row> rows = perRegion.results().collectAsList();
            List<ApplicantProfile> profiles = profiles();
            for (int g = 0; g < REGIONS.length; g++) {
                List<ApplicantProfile> inRegion = new ArrayList<>();
                for (int i = g; i < profiles.size(); i += REGIONS.length) {
                    inRegion.add(profiles.get(i));
                }
                List<String> expectedIds = assessor.rank(inRegion, 5, Runnable::run).top().stream()
                        .map(ApplicantAssessment::applicantId).toList();
                String region = REGIONS[g];
                List<String> actualIds = rows.stream().filter(r -> r.getString(r.fieldIndex("region")).equals(region))
                        .map(r -> r.getString(r.fieldIndex("applicant_id"))).toList();
                assertThat(actualIds).as(REGIONS[g]).containsExactlyElementsOf(expectedIds);
            }
        }
    }

    @Test
    void gapSummaryCountsEachRequirementsStatusPerRegionAsTheSingleMachineReportsDo() {
        List<ApplicantProfile> profiles = profiles();
        Map<String, long[]> expected = new TreeMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (RequirementMatch r : assessor.assess(profiles.get(i)).skills().requirements()) {
                long[] c = expected.computeIfAbsent(REGIONS[i % REGIONS.length] + "|" + r.requirement().id(), k -> new long[3]);
                c[0]++;
                c[1] += r.status() == CoverageStatus.UNCOVERED ? 1 : 0;
                c[2] += r.status() == CoverageStatus.WEAK ? 1 : 0;
            }
        }
        try (SparkOutput gaps = scoring.gapSummary(withRegions(lines), "region")) {
            List<Row> rows = gaps.results().collectAsList();
            Map<String, long[]> actual = new TreeMap<>();
            for (Row r : rows) {
                actual.put(r.getString(r.fieldIndex("region")) + "|" + r.getString(r.fieldIndex("requirement_id")), new long[] {
                        r.getLong(r.fieldIndex("assessed")), r.getLong(r.fieldIndex("uncovered")), r.getLong(r.fieldIndex("weak"))});
            }
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
            // most often uncovered first within a region
            List<Row> almaty = rows.stream().filter(r -> r.getString(0).equals("Almaty")).toList();
            assertThat(almaty).extracting(r -> r.getLong(r.fieldIndex("uncovered"))).isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(gaps.counts()).isEqualTo(new RecordCounts(N, 0));
        }
    }

    @Test
    void theMatcherIsLoadedOncePerExecutorJvmNotPerRowOrPartition() {
        long before = ExecutorCache.loads();
        try (SparkApplicantScoring fresh = SparkApplicantScoring.builder(spark, matcher, "PS-ICT-02", "PS-ICT-02").on(ON).build()
                .withPartitions(16);
                SparkOutput out = fresh.score(withRegions(lines))) {
            assertThat(out.counts().good()).isEqualTo(N);
        }
        // the matcher is already cached (same bytes as the shared scoring's); only the new assessor is loaded
        assertThat(ExecutorCache.loads() - before).isEqualTo(1);
    }

    @Test
    void badSetUpIsRefusedOnTheDriverWithTheReason() {
        assertThatThrownBy(() -> SparkApplicantScoring.builder(spark, matcher, "NO-SUCH", "PS-ICT-02").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH");
        assertThatThrownBy(() -> SparkApplicantScoring.builder(spark, matcher, "PS-ICT-02", "NO-CARD").build())
                .hasMessageContaining("NO-CARD");
        Dataset<Row> noApplicantColumn = spark.read().text(DEMO.resolve("applicants.jsonl").toString());
        assertThatThrownBy(() -> scoring.score(noApplicantColumn)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'applicant'").hasMessageContaining("value");
        assertThatThrownBy(() -> scoring.rank(withRegions(lines), 0)).hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> scoring.rank(withRegions(lines), 3, "city")).hasMessageContaining("'city'");
        assertThatThrownBy(() -> scoring.withPartitions(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

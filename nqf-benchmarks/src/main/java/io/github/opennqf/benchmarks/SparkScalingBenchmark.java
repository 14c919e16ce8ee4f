package io.github.opennqf.benchmarks;

import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.spark.RecordCounts;
import io.github.opennqf.spark.SparkApplicantScoring;
import io.github.opennqf.spark.SparkInputs;
import io.github.opennqf.spark.SparkOutput;
import io.github.opennqf.spark.SyntheticApplicants;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scaling of applicant ranking on Spark in local mode, against the same work on one machine in
 * the same run: generated applicants (fixed seed, from the demo standards and programs) ranked for
 * the demo card PS-ICT-02, top 100, at each size and core count. For each it prints the wall time,
 * applicants per second per core for both, the Spark / single-machine time ratio, and whether the
 * two top-100 lists are identical (ids and scores). Also prints the broadcast (saved) size of the
 * demo matcher and, when the data is there, of the full cipsoc-dev matcher (867 standards).
 *
 * <p>Run it with Spark's class path first (see docs/benchmarks.md, "Spark scaling"):
 * <pre>
 * java $SPARK_JAVA17_OPTIONS -cp "$(cat nqf-spark/target/spark-classpath.txt):nqf-benchmarks/target/benchmarks.jar" \
 *      io.github.opennqf.benchmarks.SparkScalingBenchmark [--sizes 10000,100000,1000000] [--cores 1,2] \
 *      [--demo demo] [--data ../shared/data/cipsoc-dev] [--work DIR]
 * </pre>
 */
public final class SparkScalingBenchmark {
    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final String CARD = "PS-ICT-02";
    private static final int TOP = 100;
    private static final long SEED = 20261201L;
    private static final int WARM_UP = 500;

    private SparkScalingBenchmark() {}

    public static void main(String[] args) throws Exception {
        long[] sizes = {1_000, 10_000};
        int[] cores = {1, 2};
        Path demo = Path.of("demo");
        Path cipsoc = Path.of("../shared/data/cipsoc-dev");
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToLong(Long::parseLong).toArray();
                case "--cores" -> cores = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--demo" -> demo = Path.of(args[++i]);
                case "--data" -> cipsoc = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --sizes N,N,.. --cores C,C,.. --demo DIR --data DIR --work DIR");
            }
        }
        if (!Files.isRegularFile(demo.resolve("standards.csv"))) {
            throw new IllegalStateException(demo.toAbsolutePath().resolve("standards.csv") + " is missing; pass --demo DIR");
        }
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(demo.resolve("standards.csv"));
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(demo.resolve("programs.csv"));
        Matcher matcher = Matcher.builder().standards(standards).build();
        ProfessionalStandard standard = standards.stream().filter(s -> s.code().equals(CARD)).findFirst().orElseThrow();
        Map<String, EducationalProgram> byId = new HashMap<>();
        programs.forEach(p -> byId.put(p.id(), p));
        ApplicantAssessor assessor = ApplicantAssessor.builder(matcher, standard, CARD).on(ON)
                .programs(id -> Optional.ofNullable(byId.get(id))).build();
        SyntheticApplicants generator = new SyntheticApplicants(standards, programs, CARD, CARD, ON, SEED);

        System.out.printf(Locale.ROOT, "broadcast (saved matcher) size: demo (%d standards) %,d bytes%n", standards.size(),
                savedBytes(matcher));
        if (Files.isRegularFile(cipsoc.resolve("standards.csv"))) {
            List<ProfessionalStandard> all = TabularFormat.csv().readStandards(cipsoc.resolve("standards.csv"));
            System.out.printf(Locale.ROOT, "broadcast (saved matcher) size: cipsoc-dev (%d standards) %,d bytes%n", all.size(),
                    savedBytes(Matcher.builder().standards(all).build()));
        }

        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("opennqf-spark-bench");
        Path warmUp = write(generator, 0, WARM_UP, dir.resolve("warm-up.jsonl"));
        System.out.printf(Locale.ROOT, "%n| applicants | cores | one machine s | one machine applicants/s/core | Spark s "
                + "| Spark applicants/s/core | Spark / one machine | same top %d |%n|---|---|---|---|---|---|---|---|%n", TOP);
        for (int c : cores) {
            SparkSession spark = SparkSession.builder().master("local[" + c + "]").appName("opennqf-scaling")
                    .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 4 * c)
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.memory", "2g").getOrCreate();
            try (SparkApplicantScoring scoring = SparkApplicantScoring.builder(spark, matcher, CARD, CARD).programs(programs).on(ON)
                    .build()) {
                ExecutorService pool = Executors.newFixedThreadPool(c);
                try {
                    baseline(assessor, warmUp, pool);
                    spark(scoring, spark, warmUp);
                    for (long n : sizes) {
                        Path file = dir.resolve("applicants-" + n + ".jsonl");
                        if (!Files.isRegularFile(file)) {
                            write(generator, 0, n, file);
                        }
                        long t = System.nanoTime();
                        ApplicantRanking expected = baseline(assessor, file, pool);
                        double oneSeconds = (System.nanoTime() - t) / 1e9;
                        t = System.nanoTime();
                        List<Row> top = spark(scoring, spark, file);
                        double sparkSeconds = (System.nanoTime() - t) / 1e9;
                        System.out.printf(Locale.ROOT, "| %,d | %d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %s |%n", n, c, oneSeconds,
                                n / oneSeconds / c, sparkSeconds, n / sparkSeconds / c, sparkSeconds / oneSeconds,
                                same(expected, top) ? "yes" : "NO");
                    }
                } finally {
                    pool.shutdownNow();
                }
            } finally {
                spark.stop();
            }
        }
    }

    private static long savedBytes(Matcher matcher) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        matcher.save(out);
        return out.size();
    }

    private static Path write(SyntheticApplicants generator, long from, long to, Path file) throws java.io.IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = from; i < to; i++) {
                out.write(generator.line(i));
                out.write('\n');
            }
        }
        return file;
    }

    private static ApplicantRanking baseline(ApplicantAssessor assessor, Path file, ExecutorService pool) {
        ApplicantAssessor.Ranker ranker = assessor.ranker(TOP, pool);
        JsonLines.applicants().read(file, ranker);
        return ranker.result();
    }

    private static List<Row> spark(SparkApplicantScoring scoring, SparkSession spark, Path file) {
        try (SparkOutput best = scoring.rank(SparkInputs.applicantsJsonLines(spark, file.toString()), TOP)) {
            List<Row> top = best.results().collectAsList();
            RecordCounts counts = best.counts();
            if (counts.rejected() != 0) {
                throw new IllegalStateException(counts.rejected() + " generated applicants were rejected");
            }
            return top;
        }
    }

    private static boolean same(ApplicantRanking expected, List<Row> actual) {
        List<String> ids = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Row r : actual) {
            ids.add(r.getString(r.fieldIndex("applicant_id")));
            scores.add(r.getDouble(r.fieldIndex("score")));
        }
        return ids.equals(expected.top().stream().map(ApplicantAssessment::applicantId).toList())
                && scores.equals(expected.top().stream().map(ApplicantAssessment::score).toList());
    }
}

package io.github.opennqf.spark;

import io.github.opennqf.matching.Matcher;
import io.github.opennqf.spark.internal.CoverageMatrixTask;
import io.github.opennqf.spark.internal.GapSummary;
import io.github.opennqf.spark.internal.Inputs;
import io.github.opennqf.spark.internal.ProgramGapsTask;
import io.github.opennqf.spark.internal.RankStandardsTask;
import io.github.opennqf.spark.internal.SavedMatcher;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Matches programs against a compiled set of standards on Apache Spark, with the library's own
 * {@link Matcher} running on the executors: every score is the one {@code matcher} gives on one
 * machine, bit for bit.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.load(Path.of("standards.nqfm"));
 * try (SparkMatching matching = SparkMatching.broadcast(spark, matcher)) {
 *     System.out.println("broadcast " + matching.savedBytes() + " bytes");
 *     Dataset<Row> programs = SparkInputs.programsCsv(spark, "hdfs:///nqf/programs/*.csv");
 *     try (SparkOutput ranked = matching.rankStandards(programs, 10)) {
 *         ranked.results().write().parquet("hdfs:///nqf/ranked");     // query_id, rank, candidate_id, score, review
 *         ranked.rejected().write().json("hdfs:///nqf/rejected");
 *         System.out.println(ranked.counts());
 *     }
 * }
 * }</pre>
 *
 * <p><b>The matcher is broadcast once</b>, in its saved form ({@link Matcher#save}: the compiled
 * standards, their text index and the configuration; {@link #savedBytes()} says how big). Each
 * executor JVM loads it at most once, into a small cache keyed by the SHA-256 of the bytes, and
 * every task on that executor reuses it: nothing is compiled or loaded per row. Only lexical
 * matchers (built without a {@link io.github.opennqf.matching.SentenceEmbedder}) can be broadcast.
 *
 * <p><b>Input</b>: programs in the tabular interchange format, one row per learning outcome —
 * {@code program_id, program_title, program_level, outcome_id, outcome_text, outcome_category}
 * and optionally {@code program_code, outcome_concepts, language} (names matched ignoring case;
 * any column type, read as text) — from CSV ({@link SparkInputs#programsCsv}), Parquet or JSON
 * lines with these columns. Other columns are ignored, except a grouping column named in
 * {@link #gapSummary}. The rows of each program are read into one program by nqf-io's tabular
 * reader ({@code TabularFormat}), exactly as on one machine; a program whose rows are refused goes
 * to {@link SparkOutput#rejected()} with every problem.
 *
 * <p><b>Partitioning</b>: before scoring, the rows are hash-partitioned by program id into
 * {@link #partitions()} partitions (by default four per core of the application), so a program's
 * rows stay together while many programs spread evenly: no single large input file or partition
 * can leave one executor with most of the work.
 *
 * <p>Immutable and thread-safe; the {@code withX} copies share the broadcast, and
 * {@link #close()} destroys it for all of them.
 *
 * @since 0.1.0
 */
public final class SparkMatching implements AutoCloseable {
    private final SavedMatcher saved;
    private final Broadcast<SavedMatcher> broadcast;
    private final int partitions;
    private final String language;

    private SparkMatching(SavedMatcher saved, Broadcast<SavedMatcher> broadcast, int partitions, String language) {
        this.saved = saved;
        this.broadcast = broadcast;
        this.partitions = partitions;
        this.language = language;
    }

    /**
     * Saves the matcher and broadcasts its saved form.
     *
     * @param spark the session
     * @param matcher a lexical matcher
     * @return the matching, with four partitions per core and nqf-io's default language for untagged texts
     * @throws IllegalArgumentException if the matcher has an embedder (its saved form needs the model on every executor)
     */
    public static SparkMatching broadcast(SparkSession spark, Matcher matcher) {
        Objects.requireNonNull(spark, "spark");
        SavedMatcher saved = SavedMatcher.of(matcher);
        Broadcast<SavedMatcher> b = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(saved);
        return new SparkMatching(saved, b, defaultPartitions(spark), "");
    }

    static int defaultPartitions(SparkSession spark) {
        return Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    }

    /** @return the size of the broadcast saved matcher, in bytes */
    public long savedBytes() {
        return saved.size();
    }

    /** @return the SHA-256 of the broadcast saved matcher, in hex: the executors' cache key */
    public String savedSha256() {
        return saved.sha256();
    }

    /** @return how many partitions the input is spread over before scoring */
    public int partitions() {
        return partitions;
    }

    /**
     * @param value how many partitions to spread the input over, at least 1
     * @return a copy
     */
    public SparkMatching withPartitions(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + value);
        }
        return new SparkMatching(saved, broadcast, value, language);
    }

    /**
     * @param value the BCP 47 tag of texts whose rows have no {@code language} cell (as
     *     {@code TabularOptions.withLanguage})
     * @return a copy
     */
    public SparkMatching withLanguage(String value) {
        Objects.requireNonNull(value, "language");
        if (value.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        return new SparkMatching(saved, broadcast, partitions, value);
    }

    /**
     * Each program's best standards, as {@link Matcher#rankStandards(io.github.opennqf.program.EducationalProgram, int)}.
     * Results: {@code query_id} (the program), {@code rank} (from 1), {@code candidate_id} (the
     * standard's code), {@code score} (double, in [0, 1]), {@code review} (why the position needs a
     * person's review — {@code LOW_SCORE}, {@code SMALL_MARGIN}, comma-separated — or empty); at
     * most {@code k} rows per program.
     *
     * @param programs program rows in the tabular format
     * @param k how many standards per program, at least 1
     * @return the output
     * @throws IllegalArgumentException if a required column is missing or {@code k < 1}
     */
    public SparkOutput rankStandards(Dataset<Row> programs, int k) {
        requirePositive(k);
        Inputs.Programs in = Inputs.programs(Objects.requireNonNull(programs, "programs"), null, partitions);
        return new SparkOutput(Inputs.run(in.rows(), new RankStandardsTask(broadcast, saved.sha256(), in.columns(), language, k),
                RankStandardsTask.RESULTS), rows -> rows);
    }

    /**
     * The coverage matrix: each program's coverage of every compiled standard, as
     * {@link Matcher#coverageMatrix} (each score equals {@code matcher.coverage(program, standard).score()}).
     * Results: {@code query_id}, {@code standard_id}, {@code score} (double, in [0, 1]); one row
     * per program and standard.
     *
     * @param programs program rows in the tabular format
     * @return the output
     * @throws IllegalArgumentException if a required column is missing
     */
    public SparkOutput coverageMatrix(Dataset<Row> programs) {
        Inputs.Programs in = Inputs.programs(Objects.requireNonNull(programs, "programs"), null, partitions);
        return new SparkOutput(Inputs.run(in.rows(), new CoverageMatrixTask(broadcast, saved.sha256(), in.columns(), language),
                CoverageMatrixTask.RESULTS), rows -> rows);
    }

    /**
     * Which requirements programs most often leave uncovered: each program is assessed against its
     * best {@code k} standards, and the status of every requirement of those standards
     * ({@code COVERED}, {@code WEAK}, {@code UNCOVERED}, as in the coverage reports) is counted per
     * value of the grouping column (for example {@code institution} or {@code region}), standard
     * and requirement. Results: {@code group} (the grouping value as text; null without a grouping
     * column), {@code standard_id, profession_card_id, requirement_id, requirement_text} (in kk,
     * else ru, else en), {@code assessed} (programs assessed against the requirement),
     * {@code uncovered}, {@code weak} and {@code uncovered_share}; most often uncovered first within
     * each group. All rows of a program must have the same grouping value, or the program is rejected.
     *
     * @param programs program rows in the tabular format
     * @param k how many of each program's best standards to assess it against, at least 1
     * @param groupColumn the grouping column, or {@code null} for one summary over all programs
     * @return the output
     * @throws IllegalArgumentException if a required or the grouping column is missing or {@code k < 1}
     */
    public SparkOutput gapSummary(Dataset<Row> programs, int k, @Nullable String groupColumn) {
        requirePositive(k);
        Inputs.Programs in = Inputs.programs(Objects.requireNonNull(programs, "programs"), groupColumn, partitions);
        return new SparkOutput(Inputs.run(in.rows(), new ProgramGapsTask(broadcast, saved.sha256(), in.columns(), language, k),
                ProgramGapsTask.results()), rows -> GapSummary.summarise(rows, List.of("group")));
    }

    /** Destroys the broadcast saved matcher; this matching and its copies can no longer be used. */
    @Override
    public void close() {
        broadcast.destroy();
    }

    static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    @Override
    public String toString() {
        return "SparkMatching[" + saved.size() + " bytes, sha256 " + saved.sha256().substring(0, 12) + ", " + partitions
                + " partitions]";
    }
}

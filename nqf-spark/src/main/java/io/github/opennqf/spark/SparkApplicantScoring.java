package io.github.opennqf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.spark.internal.ApplicantGapsTask;
import io.github.opennqf.spark.internal.AssessorSpec;
import io.github.opennqf.spark.internal.GapSummary;
import io.github.opennqf.spark.internal.Inputs;
import io.github.opennqf.spark.internal.NqfIo;
import io.github.opennqf.spark.internal.OutputRows;
import io.github.opennqf.spark.internal.SavedMatcher;
import io.github.opennqf.spark.internal.ScoreApplicantsTask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructField;
import org.jspecify.annotations.Nullable;

/**
 * Scores applicants for one vacancy — a profession card of a standard, on one date, under one
 * {@link io.github.opennqf.recognition.RecognitionPolicy} — on Apache Spark, with the library's
 * own {@link ApplicantAssessor} on the executors: every score and rank is the one the assessor
 * gives on one machine, bit for bit.
 *
 * <pre>{@code
 * SparkApplicantScoring scoring = SparkApplicantScoring.builder(spark, matcher, "PS-ICT-01", "PS-ICT-01")
 *         .policy(PolicySource.DEFAULTS)
 *         .programs(programs)                        // the programs diplomas name
 *         .on(LocalDate.of(2026, 12, 1))
 *         .build();                                  // broadcasts the matcher and the programs
 * Dataset<Row> applicants = SparkInputs.applicantsJsonLines(spark, "hdfs:///portal/applicants/*.jsonl");
 * try (SparkOutput best = scoring.rank(applicants, 100, "region")) {  // top 100 per region
 *     best.results().write().parquet("hdfs:///portal/shortlist");
 *     best.rejected().write().json("hdfs:///portal/rejected");
 * }
 * }</pre>
 *
 * <p><b>Input</b>: one applicant per record, as native applicant JSON (the objects of nqf-io's
 * JSON lines, {@code JsonLines}) in a string column named {@code applicant}: a line of a
 * {@code .jsonl} file ({@link SparkInputs#applicantsJsonLines}) or a string column of Parquet.
 * Every other column (for example {@code region}) is carried unchanged into the results, for
 * grouping. Line breaks inside a record (pretty-printed JSON in Parquet) are read as white space. Each record is read with nqf-io's codec on the executors, with its checks and limits;
 * a record that is not a valid applicant goes to {@link SparkOutput#rejected()} with every
 * problem.
 *
 * <p><b>Broadcast</b>: as {@link SparkMatching}, the matcher in its saved form, loaded at most once
 * per executor JVM; the programs as one native JSON document; the assessor is built once per
 * executor JVM from them. The input is hash-partitioned by record into {@link #partitions()}
 * partitions (by default four per core), so that applicants spread evenly whatever the input's
 * file sizes.
 *
 * <p>Immutable and thread-safe; the {@code withX} copies share the broadcasts, and
 * {@link #close()} destroys them for all of them.
 *
 * @since 0.1.0
 */
public final class SparkApplicantScoring implements AutoCloseable {
    private final SavedMatcher saved;
    private final AssessorSpec spec;
    private final long programsBytes;
    private final int partitions;

    private SparkApplicantScoring(SavedMatcher saved, AssessorSpec spec, long programsBytes, int partitions) {
        this.saved = saved;
        this.spec = spec;
        this.programsBytes = programsBytes;
        this.partitions = partitions;
    }

    /**
     * @param spark the session
     * @param matcher a lexical matcher with the vacancy's standard compiled in
     * @param standardCode the standard
     * @param professionCardId the card of the vacancy
     * @return a builder; not thread-safe
     */
    public static Builder builder(SparkSession spark, Matcher matcher, String standardCode, String professionCardId) {
        return new Builder(spark, matcher, standardCode, professionCardId);
    }

    /** @return the size of the broadcast saved matcher, in bytes */
    public long savedBytes() {
        return saved.size();
    }

    /** @return the size of the broadcast programs (a native JSON document), in UTF-8 bytes; 0 without programs */
    public long programsBytes() {
        return programsBytes;
    }

    /** @return how many partitions the input is spread over before scoring */
    public int partitions() {
        return partitions;
    }

    /** @param value how many partitions, at least 1 @return a copy */
    public SparkApplicantScoring withPartitions(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + value);
        }
        return new SparkApplicantScoring(saved, spec, programsBytes, value);
    }

    /**
     * Every applicant's assessment, as {@link ApplicantAssessor#assess}. Results, one row per
     * applicant: {@code applicant_id}, {@code score} (the overall score, double in [0, 1]),
     * {@code skills_score}, {@code covered_share}, {@code recognised} (a decisive recognition
     * result), {@code eligibility}, {@code education}, {@code experience} ({@code MET},
     * {@code NOT_MET}, {@code UNKNOWN}, {@code NOT_REQUIRED}), {@code experience_years},
     * {@code flags} (how many evidence flags), then the carried columns.
     *
     * @param applicants applicant records
     * @return the output
     * @throws IllegalArgumentException if the {@code applicant} string column is missing
     */
    public SparkOutput score(Dataset<Row> applicants) {
        return new SparkOutput(scored(applicants), rows -> rows);
    }

    /**
     * The best {@code k} applicants over the whole input, as {@link ApplicantAssessor#rank}: score
     * descending, then applicant id, then input order. Results: those of {@link #score} and
     * {@code rank} (from 1), best first.
     *
     * @param applicants applicant records
     * @param k how many to keep, at least 1
     * @return the output; its counts are of the whole input
     */
    public SparkOutput rank(Dataset<Row> applicants, int k) {
        return rank(applicants, k, null);
    }

    /**
     * The best {@code k} applicants per value of a carried column (for example {@code region}), in
     * the order of {@link #rank(Dataset, int)}. Results: those of {@link #score} and {@code rank}
     * (from 1 within the group), by group and rank.
     *
     * @param applicants applicant records
     * @param k how many to keep per group, at least 1
     * @param groupColumn a carried column, or {@code null} for one ranking over all
     * @return the output; its counts are of the whole input
     * @throws IllegalArgumentException if a column is missing or {@code k < 1}
     */
    public SparkOutput rank(Dataset<Row> applicants, int k, @Nullable String groupColumn) {
        SparkMatching.requirePositive(k);
        Inputs.requireColumn(applicants, groupColumn, "grouping");
        Column[] order = {col("score").desc(), col("applicant_id").asc(), col(OutputRows.RECORD).asc()};
        WindowSpec window = groupColumn == null ? Window.orderBy(order) : Window.partitionBy(col(groupColumn)).orderBy(order);
        return new SparkOutput(scored(applicants), rows -> {
            Dataset<Row> ranked = rows.withColumn("rank", row_number().over(window)).filter(col("rank").leq(k));
            return groupColumn == null ? ranked.orderBy(col("rank")) : ranked.orderBy(col(groupColumn), col("rank"));
        });
    }

    /**
     * Which of the card's requirements applicants most often lack, per value of the grouping
     * columns (for example {@code region}): the status of every requirement in each applicant's
     * skills coverage ({@code COVERED}, {@code WEAK}, {@code UNCOVERED}) counted per group and
     * requirement. Results: the grouping columns, {@code standard_id, profession_card_id,
     * requirement_id, requirement_text}, {@code assessed}, {@code uncovered}, {@code weak},
     * {@code uncovered_share}; most often uncovered first within each group.
     *
     * @param applicants applicant records
     * @param groupColumns carried columns to group by; none for one summary over all applicants
     * @return the output
     * @throws IllegalArgumentException if a column is missing
     */
    public SparkOutput gapSummary(Dataset<Row> applicants, String... groupColumns) {
        Objects.requireNonNull(groupColumns, "groupColumns");
        List<StructField> groups = new ArrayList<>();
        for (String g : groupColumns) {
            Inputs.requireColumn(applicants, g, "grouping");
            groups.add(applicants.schema().apply(g));
        }
        Dataset<Row> input = Inputs.applicants(applicants.select(selection(applicants, groupColumns)), partitions);
        StructField[] fields = groups.toArray(StructField[]::new);
        return new SparkOutput(Inputs.run(input, new ApplicantGapsTask(spec, fields), ApplicantGapsTask.results(fields)),
                rows -> GapSummary.summarise(rows, List.of(groupColumns)));
    }

    private static Column[] selection(Dataset<Row> applicants, String... groupColumns) {
        Inputs.carried(applicants);   // checks the applicant column
        List<Column> cols = new ArrayList<>();
        cols.add(col(Inputs.APPLICANT));
        for (String g : groupColumns) {
            cols.add(col(g));
        }
        return cols.toArray(Column[]::new);
    }

    private Dataset<Row> scored(Dataset<Row> applicants) {
        Objects.requireNonNull(applicants, "applicants");
        StructField[] carried = Inputs.carried(applicants);
        Dataset<Row> input = Inputs.applicants(applicants, partitions);
        return Inputs.run(input, new ScoreApplicantsTask(spec, carried), ScoreApplicantsTask.results(carried));
    }

    /** Destroys the broadcasts; this scoring and its copies can no longer be used. */
    @Override
    public void close() {
        spec.matcher().destroy();
        spec.programs().destroy();
    }

    @Override
    public String toString() {
        return "SparkApplicantScoring[" + spec.standardCode() + " / " + spec.cardId() + " on " + spec.date() + ", " + saved.size()
                + " bytes, " + partitions + " partitions]";
    }

    /** Collects the vacancy. Not thread-safe; the scoring it builds is. */
    public static final class Builder {
        private final SparkSession spark;
        private final Matcher matcher;
        private final String standardCode;
        private final String cardId;
        private @Nullable String labourFunctionId;
        private PolicySource policy = PolicySource.DEFAULTS;
        private List<EducationalProgram> programs = List.of();
        private LocalDate date = LocalDate.now(java.time.ZoneOffset.UTC);

        private Builder(SparkSession spark, Matcher matcher, String standardCode, String cardId) {
            this.spark = Objects.requireNonNull(spark, "spark");
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            this.standardCode = Objects.requireNonNull(standardCode, "standardCode");
            this.cardId = Objects.requireNonNull(cardId, "professionCardId");
        }

        /** @param value a labour function of the card, to assess against it alone @return this builder */
        public Builder labourFunction(String value) {
            this.labourFunctionId = Objects.requireNonNull(value, "labourFunctionId");
            return this;
        }

        /** @param value makes the policy on each executor (default {@link PolicySource#DEFAULTS}) @return this builder */
        public Builder policy(PolicySource value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** @param value the programs that diplomas name by id (default: none) @return this builder */
        public Builder programs(Collection<EducationalProgram> value) {
            this.programs = List.copyOf(Objects.requireNonNull(value, "programs"));
            return this;
        }

        /** @param value the day evidence is judged on (default: today, UTC) @return this builder */
        public Builder on(LocalDate value) {
            this.date = Objects.requireNonNull(value, "date");
            return this;
        }

        /**
         * Checks the vacancy on the driver (the standard, card and labour function exist; the policy
         * can be made) and broadcasts the matcher and the programs.
         *
         * @return the scoring
         * @throws IllegalArgumentException if the standard is not compiled in the matcher, or the matcher has an embedder
         * @throws io.github.opennqf.InvalidValueException if the card or labour function is not in the standard
         */
        public SparkApplicantScoring build() {
            SavedMatcher saved = SavedMatcher.of(matcher);
            String programsJson = programs.isEmpty() ? "" : NqfIo.programsJson(programs);
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SavedMatcher> matcherBroadcast = jsc.broadcast(saved);
            Broadcast<String> programsBroadcast = jsc.broadcast(programsJson);
            AssessorSpec spec = new AssessorSpec(saved.sha256() + "/" + UUID.randomUUID(), matcherBroadcast, saved.sha256(),
                    standardCode, cardId, labourFunctionId, policy, date, programsBroadcast);
            try {
                spec.build(matcher, programsJson);
            } catch (RuntimeException e) {
                matcherBroadcast.destroy();
                programsBroadcast.destroy();
                throw e;
            }
            return new SparkApplicantScoring(saved, spec, programsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    SparkMatching.defaultPartitions(spark));
        }
    }
}

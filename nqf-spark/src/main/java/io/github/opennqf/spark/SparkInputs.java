package io.github.opennqf.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the inputs of {@link SparkMatching} and {@link SparkApplicantScoring} from the files a
 * data platform holds, with the reader options their formats need. Parquet needs no help: a
 * Parquet file with the documented columns is read with {@code spark.read().parquet(path)}.
 *
 * <pre>{@code
 * Dataset<Row> programs = SparkInputs.programsCsv(spark, "programs.csv");             // tabular CSV
 * Dataset<Row> applicants = SparkInputs.applicantsJsonLines(spark, "applicants.jsonl"); // column applicant
 * }</pre>
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1.0
 */
public final class SparkInputs {
    private SparkInputs() {}

    /**
     * Programs in the tabular CSV interchange format (a header row, one row per outcome, RFC 4180
     * quoting with doubled quotes, line breaks allowed in quoted cells, UTF-8), every column as a
     * string. Empty cells are read as empty.
     *
     * @param spark the session
     * @param paths files, directories or globs
     * @return the rows
     */
    public static Dataset<Row> programsCsv(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        return spark.read()
                .option("header", true)
                .option("multiLine", true)
                .option("quote", "\"")
                .option("escape", "\"")
                .option("encoding", "UTF-8")
                .option("mode", "PERMISSIVE")
                .csv(paths);
    }

    /**
     * Applicants as JSON lines: each line of the files becomes one record, its text in the string
     * column {@code applicant}, read by {@link SparkApplicantScoring} with nqf-io's codec. Blank
     * lines are records too, and are rejected as such rather than lost.
     *
     * @param spark the session
     * @param paths files, directories or globs
     * @return the records, one column {@code applicant}
     */
    public static Dataset<Row> applicantsJsonLines(SparkSession spark, String... paths) {
        Objects.requireNonNull(spark, "spark");
        return spark.read().text(paths).withColumnRenamed("value", "applicant");
    }
}

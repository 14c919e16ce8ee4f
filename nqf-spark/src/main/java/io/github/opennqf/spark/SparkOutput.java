package io.github.opennqf.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.opennqf.spark.internal.OutputRows;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a Spark scoring job gives: its {@link #results()}, the input records it could not read or
 * score, each with why ({@link #rejected()}), and how many of each ({@link #counts()}). A bad record
 * never fails the job and is never silently lost: every input record is either scored or rejected.
 *
 * <pre>{@code
 * try (SparkOutput ranked = matching.rankStandards(programs, 10)) {
 *     ranked.results().write().parquet("out/ranked");
 *     ranked.rejected().write().json("out/rejected");
 *     RecordCounts counts = ranked.counts();          // good and rejected programs
 * }
 * }</pre>
 *
 * <p>The scoring runs once, when the first of the three is used: its output is persisted (memory,
 * then disk) so that writing the results, the rejected records and counting them do not score the
 * input again. {@link #close()} releases it.
 *
 * <p>The rejected records have the columns {@code source} (the input file, or {@code programs} /
 * {@code applicants} when the input was not read from a file), {@code position} (the record's
 * position id, increasing in input order; not a line number), {@code record} (the record's text —
 * a program's rows as tabular CSV, an applicant's JSON — cut at 4,096 characters), {@code reason}
 * (every problem, one per line, each located) and {@code reason_code} (the kind of the first
 * problem, a {@code ReadProblem.Reason} name such as {@code MALFORMED_SYNTAX}).
 *
 * <p>Immutable and thread-safe (as Spark datasets are on the driver).
 *
 * @since 0.1.0
 */
public final class SparkOutput implements AutoCloseable {
    private final Dataset<Row> all;
    private final Dataset<Row> results;

    /**
     * @param all every output row (results, markers, rejected records), persisted
     * @param shape makes the results from the result rows (still with the bookkeeping columns)
     */
    SparkOutput(Dataset<Row> all, UnaryOperator<Dataset<Row>> shape) {
        this.all = all;
        this.results = shape.apply(all.filter(col(OutputRows.KIND).equalTo(1))).drop(OutputRows.bookkeeping());
    }

    /** @return the results; their columns are documented with the operation that made them */
    public Dataset<Row> results() {
        return results;
    }

    /** @return the records that could not be read or scored: {@code source, position, record, reason, reason_code} */
    public Dataset<Row> rejected() {
        return all.filter(col(OutputRows.KIND).equalTo(2)).select(
                col(OutputRows.SOURCE).as("source"),
                col(OutputRows.RECORD).as("position"),
                col(OutputRows.TEXT).as("record"),
                col(OutputRows.REASON).as("reason"),
                col(OutputRows.REASON_CODE).as("reason_code"));
    }

    /**
     * Counts the good and the rejected records (runs the job if it has not run yet).
     *
     * @return the counts
     */
    public RecordCounts counts() {
        Row row = all.agg(
                sum(when(col(OutputRows.KIND).equalTo(0), 1L).otherwise(0L)),
                sum(when(col(OutputRows.KIND).equalTo(2), 1L).otherwise(0L))).first();
        return new RecordCounts(row.isNullAt(0) ? 0 : row.getLong(0), row.isNullAt(1) ? 0 : row.getLong(1));
    }

    /** Releases the persisted output; the datasets can still be used, and then score the input again. */
    @Override
    public void close() {
        all.unpersist(false);
    }

    @Override
    public String toString() {
        return "SparkOutput[results " + results.schema().simpleString() + "]";
    }
}

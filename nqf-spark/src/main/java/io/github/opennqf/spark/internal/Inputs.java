package io.github.opennqf.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * Driver-side preparation of the inputs: checks their columns, numbers the records in input order,
 * notes their source file, and spreads them evenly over the partitions by a hash of the program id
 * (all rows of a program together) or of the applicant record, so that one large group of input
 * cannot stall an executor.
 */
public final class Inputs {
    /** The tabular program columns, in the order the format lists them. */
    public static final List<String> PROGRAM_COLUMNS = List.of("program_id", "program_title", "program_level", "outcome_id",
            "outcome_text", "outcome_category", "program_code", "outcome_concepts", "language");
    /** The program columns without which no program can be read. */
    public static final List<String> REQUIRED_PROGRAM_COLUMNS =
            List.of("program_id", "program_title", "outcome_id", "outcome_text", "outcome_category");
    /** The column holding an applicant's native JSON. */
    public static final String APPLICANT = "applicant";

    private Inputs() {}

    /**
     * A program input ready for {@link ProgramTask}.
     *
     * @param rows {@code _record, _source, _group}, then {@code columns} as strings, partitioned by program id
     * @param columns the tabular columns present, canonical names, in the format's order
     */
    public record Programs(Dataset<Row> rows, List<String> columns) {}

    /**
     * @param programs rows in the tabular program format
     * @param group a grouping column to carry, or {@code null}
     * @param partitions how many partitions to spread the programs over
     * @return the prepared input
     * @throws IllegalArgumentException if a required column or the grouping column is missing
     */
    public static Programs programs(Dataset<Row> programs, @Nullable String group, int partitions) {
        Map<String, String> byLowerName = new LinkedHashMap<>();
        for (String name : programs.columns()) {
            byLowerName.put(name.trim().toLowerCase(Locale.ROOT), name);
        }
        List<String> missing = REQUIRED_PROGRAM_COLUMNS.stream().filter(c -> !byLowerName.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the programs lack the column(s) " + missing + " of the tabular format; they have "
                    + List.of(programs.columns()));
        }
        requireColumn(programs, group, "grouping");
        List<String> present = new ArrayList<>();
        List<Column> select = new ArrayList<>();
        select.add(monotonically_increasing_id().as("_record"));
        select.add(nullif(input_file_name(), lit("")).as("_source"));
        select.add((group == null ? lit(null) : col(quote(group))).cast(DataTypes.StringType).as("_group"));
        for (String c : PROGRAM_COLUMNS) {
            String actual = byLowerName.get(c);
            if (actual != null) {
                present.add(c);
                select.add(col(quote(actual)).cast(DataTypes.StringType).as(c));
            }
        }
        Dataset<Row> rows = programs.select(select.toArray(Column[]::new))
                .repartition(partitions, col("program_id"))
                .sortWithinPartitions(col("program_id"), col("_record"));
        return new Programs(rows, List.copyOf(present));
    }

    /**
     * @param applicants records with a string column {@value #APPLICANT}; other columns are carried
     * @param partitions how many partitions to spread the records over
     * @return {@code _record, _source, applicant}, then the carried columns
     * @throws IllegalArgumentException if the applicant column is missing or not a string
     */
    public static Dataset<Row> applicants(Dataset<Row> applicants, int partitions) {
        StructField applicant = applicantField(applicants);
        List<Column> select = new ArrayList<>();
        select.add(monotonically_increasing_id().as("_record"));
        select.add(nullif(input_file_name(), lit("")).as("_source"));
        select.add(col(quote(applicant.name())).as(APPLICANT));
        for (StructField f : carried(applicants)) {
            select.add(col(quote(f.name())));
        }
        return applicants.select(select.toArray(Column[]::new)).repartition(partitions, xxhash64(col(APPLICANT)));
    }

    /** @param applicants applicant records @return the columns carried to the results: every column but the applicant */
    public static StructField[] carried(Dataset<Row> applicants) {
        StructField applicant = applicantField(applicants);
        List<StructField> out = new ArrayList<>();
        for (StructField f : applicants.schema().fields()) {
            if (!f.name().equals(applicant.name())) {
                out.add(f);
            }
        }
        return out.toArray(StructField[]::new);
    }

    /**
     * @param input a prepared input
     * @param task the partition function
     * @param results its result columns
     * @return every output row (results, markers and rejected records), persisted
     */
    public static Dataset<Row> run(Dataset<Row> input, MapPartitionsFunction<Row, Row> task, StructType results) {
        return input.mapPartitions(task, Encoders.row(OutputRows.schema(results))).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * @param data a dataset
     * @param column a column name, or {@code null}
     * @param role what the column is for, for the message
     * @throws IllegalArgumentException if the column is given and absent
     */
    public static void requireColumn(Dataset<Row> data, @Nullable String column, String role) {
        if (column != null && !List.of(data.columns()).contains(column)) {
            throw new IllegalArgumentException("the " + role + " column '" + column + "' is not among " + List.of(data.columns()));
        }
    }

    private static StructField applicantField(Dataset<Row> applicants) {
        for (StructField f : applicants.schema().fields()) {
            if (f.name().equals(APPLICANT)) {
                if (!f.dataType().equals(DataTypes.StringType)) {
                    throw new IllegalArgumentException("the '" + APPLICANT + "' column must be a string of native applicant JSON, was "
                            + f.dataType().simpleString());
                }
                return f;
            }
        }
        throw new IllegalArgumentException("the applicants lack the string column '" + APPLICANT + "' (one native applicant JSON"
                + " per record); they have " + List.of(applicants.columns()));
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

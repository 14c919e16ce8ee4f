package io.github.opennqf.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.text.LanguagePriority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Gap summaries: per-requirement status rows (one per scored query and requirement) counted per
 * grouping value, standard and requirement — how often each requirement was assessed, uncovered
 * and weak, most often uncovered first.
 */
public final class GapSummary {
    /** The columns of a requirement row after the grouping columns. */
    public static final List<String> REQUIREMENT_COLUMNS =
            List.of("standard_id", "profession_card_id", "requirement_id", "requirement_text", "status");

    private GapSummary() {}

    /** @param groups the grouping columns @return them followed by the requirement columns */
    static StructType requirementRows(StructType groups) {
        StructType s = groups;
        for (String name : REQUIREMENT_COLUMNS) {
            s = s.add(name, DataTypes.StringType, false);
        }
        return s;
    }

    /** Adds one row per requirement of a report: the grouping values, then the requirement columns. */
    static void addRequirementRows(Object[] groups, CoverageReport report, List<Object[]> out) {
        for (RequirementMatch r : report.requirements()) {
            Object[] row = Arrays.copyOf(groups, groups.length + REQUIREMENT_COLUMNS.size());
            int i = groups.length;
            row[i++] = report.standardId();
            row[i++] = r.professionCardId();
            row[i++] = r.requirement().id();
            row[i++] = r.requirement().text().resolve(LanguagePriority.KAZAKHSTAN);
            row[i] = r.status().name();
            out.add(row);
        }
    }

    /**
     * @param rows requirement rows
     * @param groups the grouping columns
     * @return per grouping value and requirement: {@code assessed, uncovered, weak, uncovered_share},
     *     most often uncovered first (ties by standard and requirement id)
     */
    public static Dataset<Row> summarise(Dataset<Row> rows, List<String> groups) {
        List<Column> keys = new ArrayList<>();
        groups.forEach(g -> keys.add(col(g)));
        REQUIREMENT_COLUMNS.subList(0, 4).forEach(c -> keys.add(col(c)));
        Dataset<Row> counted = rows.groupBy(keys.toArray(Column[]::new)).agg(
                count(lit(1)).as("assessed"),
                sum(when(col("status").equalTo(CoverageStatus.UNCOVERED.name()), 1L).otherwise(0L)).as("uncovered"),
                sum(when(col("status").equalTo(CoverageStatus.WEAK.name()), 1L).otherwise(0L)).as("weak"));
        counted = counted.withColumn("uncovered_share", col("uncovered").cast(DataTypes.DoubleType).divide(col("assessed")));
        List<Column> order = new ArrayList<>();
        groups.forEach(g -> order.add(col(g).asc_nulls_first()));
        order.add(col("uncovered").desc());
        order.add(col("standard_id").asc());
        order.add(col("profession_card_id").asc());
        order.add(col("requirement_id").asc());
        return counted.orderBy(order.toArray(Column[]::new));
    }
}

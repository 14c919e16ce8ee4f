package io.github.opennqf.spark.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The rows a partition function emits: for every input record, one marker row when it was read
 * and scored (then its result rows) or one rejected row saying why, all in one schema — the
 * result columns followed by the bookkeeping columns below — so that results, rejected records and
 * counts come from a single pass over the input.
 */
public final class OutputRows {
    /** Kind column: 0 marker of a good record, 1 result, 2 rejected record. */
    public static final String KIND = "_kind";
    /** Position of the record in its input (for ties, as the single-machine ranking's input order). */
    public static final String RECORD = "_record";
    /** The input file, or the name of the input when it is not a file. */
    public static final String SOURCE = "_source";
    /** A rejected record's text (bounded). */
    public static final String TEXT = "_text";
    /** Why a record was rejected, every problem. */
    public static final String REASON = "_reason";
    /** The kind of the first problem (a {@code ReadProblem.Reason} name, or {@code INVALID_VALUE}). */
    public static final String REASON_CODE = "_reason_code";

    static final int MARKER = 0;
    static final int RESULT = 1;
    static final int REJECTED = 2;
    /** The longest record text kept in the rejected output. */
    static final int MAX_TEXT = 4096;

    private OutputRows() {}

    /** @param results the result columns @return the result columns and the bookkeeping columns */
    public static StructType schema(StructType results) {
        StructType all = new StructType();
        for (StructField f : results.fields()) {
            // nullable: markers and rejected records have no result values
            all = all.add(f.name(), f.dataType(), true, f.metadata());
        }
        return all.add(KIND, DataTypes.IntegerType, false)
                .add(RECORD, DataTypes.LongType, false)
                .add(SOURCE, DataTypes.StringType, true)
                .add(TEXT, DataTypes.StringType, true)
                .add(REASON, DataTypes.StringType, true)
                .add(REASON_CODE, DataTypes.StringType, true);
    }

    /** @return the names of the bookkeeping columns */
    public static String[] bookkeeping() {
        return new String[] {KIND, RECORD, SOURCE, TEXT, REASON, REASON_CODE};
    }

    static Row marker(int width, long record, String source) {
        return row(new Object[width], MARKER, record, source, null, null, null);
    }

    static Row result(@Nullable Object[] values, long record, String source) {
        return row(values, RESULT, record, source, null, null, null);
    }

    static Row rejected(int width, long record, String source, String text, String reason, String code) {
        String bounded = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
        return row(new Object[width], REJECTED, record, source, bounded, reason, code);
    }

    private static Row row(@Nullable Object[] values, int kind, long record, String source, @Nullable String text,
            @Nullable String reason, @Nullable String code) {
        List<@Nullable Object> all = new ArrayList<>(values.length + 6);
        for (Object v : values) {
            all.add(v);
        }
        all.add(kind);
        all.add(record);
        all.add(source);
        all.add(text);
        all.add(reason);
        all.add(code);
        return RowFactory.create(all.toArray());
    }
}

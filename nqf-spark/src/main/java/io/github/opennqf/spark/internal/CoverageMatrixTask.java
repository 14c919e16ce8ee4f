package io.github.opennqf.spark.internal;

import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.program.EducationalProgram;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Each program's coverage of every compiled standard: the program's row of
 * {@link Matcher#coverageMatrix}, computed on the executor's matcher with the program as its only
 * candidate (each cell equals {@code coverage(program, standard).score()}).
 */
public final class CoverageMatrixTask extends ProgramTask {
    private static final long serialVersionUID = 1L;

    /** The result columns. */
    public static final StructType RESULTS = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("standard_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);

    /**
     * @param matcher the broadcast saved matcher
     * @param matcherKey its content hash
     * @param columns the tabular columns of the input
     * @param language the language of untagged texts, or empty
     */
    public CoverageMatrixTask(Broadcast<SavedMatcher> matcher, String matcherKey, List<String> columns, String language) {
        super(matcher, matcherKey, columns, language, RESULTS);
    }

    @Override
    protected List<Object[]> results(Matcher matcher, EducationalProgram program, @Nullable String group) {
        CoverageMatrix row = matcher.withPrograms(List.of(program)).coverageMatrix(Runnable::run, ProgressListener.NONE);
        List<String> standards = row.standardIds();
        List<Object[]> out = new ArrayList<>(standards.size());
        for (int c = 0; c < standards.size(); c++) {
            out.add(new Object[] {program.id(), standards.get(c), row.score(0, c)});
        }
        return out;
    }
}

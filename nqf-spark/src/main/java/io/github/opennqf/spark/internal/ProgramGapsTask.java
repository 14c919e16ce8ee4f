package io.github.opennqf.spark.internal;

import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.program.EducationalProgram;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The status of every requirement of each program's best {@code k} standards, one row per
 * requirement, for {@link GapSummary} to count.
 */
public final class ProgramGapsTask extends ProgramTask {
    private static final long serialVersionUID = 1L;

    private final int k;

    /**
     * @param matcher the broadcast saved matcher
     * @param matcherKey its content hash
     * @param columns the tabular columns of the input
     * @param language the language of untagged texts, or empty
     * @param k how many standards per program
     */
    public ProgramGapsTask(Broadcast<SavedMatcher> matcher, String matcherKey, List<String> columns, String language, int k) {
        super(matcher, matcherKey, columns, language, results());
        this.k = k;
    }

    /** @return the result columns: the grouping value, then {@link GapSummary#REQUIREMENT_COLUMNS} */
    public static StructType results() {
        return GapSummary.requirementRows(new StructType().add("group", DataTypes.StringType, true));
    }

    @Override
    protected List<Object[]> results(Matcher matcher, EducationalProgram program, @Nullable String group) {
        List<Object[]> out = new ArrayList<>();
        for (RankedMatch m : matcher.rankStandards(program, k)) {
            GapSummary.addRequirementRows(new Object[] {group}, m.coverage(), out);
        }
        return out;
    }
}

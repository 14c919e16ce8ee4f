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

/** Each program's best {@code k} standards, by {@link Matcher#rankStandards(EducationalProgram, int)}. */
public final class RankStandardsTask extends ProgramTask {
    private static final long serialVersionUID = 1L;

    /** The result columns. */
    public static final StructType RESULTS = new StructType()
            .add("query_id", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("candidate_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("review", DataTypes.StringType, false);

    private final int k;

    /**
     * @param matcher the broadcast saved matcher
     * @param matcherKey its content hash
     * @param columns the tabular columns of the input
     * @param language the language of untagged texts, or empty
     * @param k how many standards per program
     */
    public RankStandardsTask(Broadcast<SavedMatcher> matcher, String matcherKey, List<String> columns, String language, int k) {
        super(matcher, matcherKey, columns, language, RESULTS);
        this.k = k;
    }

    @Override
    protected List<Object[]> results(Matcher matcher, EducationalProgram program, @Nullable String group) {
        List<Object[]> out = new ArrayList<>(k);
        for (RankedMatch m : matcher.rankStandards(program, k)) {
            out.add(new Object[] {m.queryId(), m.rank(), m.candidateId(), m.score(), review(m)});
        }
        return out;
    }

    /** @return why the position needs review, reason names in order, comma-separated; empty when clear */
    private static String review(RankedMatch m) {
        return m.confidence().reasons().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }
}

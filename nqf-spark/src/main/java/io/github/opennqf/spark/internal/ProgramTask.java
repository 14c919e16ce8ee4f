package io.github.opennqf.spark.internal;

import io.github.opennqf.NqfException;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A partition function over programs in the tabular row format: groups the partition's rows by
 * program, reads each program with nqf-io's tabular reader and scores it with the executor's one
 * matcher (loaded from the broadcast saved form at most once per JVM). A program that cannot be
 * read becomes a rejected row with every problem; nothing is dropped.
 */
public abstract class ProgramTask implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SavedMatcher> matcher;
    private final String matcherKey;
    private final List<String> columns;
    private final String language;
    private final int width;

    /**
     * @param matcher the broadcast saved matcher
     * @param matcherKey its content hash
     * @param columns the tabular columns of the input, in its order
     * @param language the language of untagged texts, or empty for nqf-io's default
     * @param results the result columns
     */
    protected ProgramTask(Broadcast<SavedMatcher> matcher, String matcherKey, List<String> columns, String language,
            StructType results) {
        this.matcher = matcher;
        this.matcherKey = matcherKey;
        this.columns = List.copyOf(columns);
        this.language = language;
        this.width = results.size();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Matcher m = ExecutorCache.get(matcherKey, Matcher.class, () -> matcher.value().load());
        return new FlatIterator<>(new ProgramRecords(input, columns), p -> process(m, p));
    }

    private List<Row> process(Matcher m, ProgramRecords.Program p) {
        if (!p.groupsAgree()) {
            return List.of(OutputRows.rejected(width, p.record(), p.source(), p.csv(),
                    p.location() + ": the rows of one program disagree on the grouping column", "DUPLICATE"));
        }
        EducationalProgram program;
        try {
            program = NqfIo.program(p.csv(), p.location(), language);
        } catch (ReadException e) {
            return List.of(OutputRows.rejected(width, p.record(), p.source(), p.csv(), NqfIo.problems(e), NqfIo.firstReason(e)));
        }
        List<Object[]> values;
        try {
            values = results(m, program, p.group());
        } catch (NqfException e) {
            return List.of(OutputRows.rejected(width, p.record(), p.source(), p.csv(), p.location() + ": " + e.getMessage(),
                    "INVALID_VALUE"));
        }
        List<Row> out = new ArrayList<>(values.size() + 1);
        out.add(OutputRows.marker(width, p.record(), p.source()));
        for (Object[] v : values) {
            out.add(OutputRows.result(v, p.record(), p.source()));
        }
        return out;
    }

    /**
     * @param matcher the executor's matcher
     * @param program a program read from its rows
     * @param group its grouping value, or {@code null}
     * @return its result rows, each with the values of the result columns
     */
    protected abstract List<Object[]> results(Matcher matcher, EducationalProgram program, @Nullable String group);
}

package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The programs table: one row per learning outcome, grouped by {@code program_id} in order of
 * first appearance. Not thread-safe: one instance per read.
 */
final class ProgramTable implements TableSink<EducationalProgram> {
    static final String PROGRAM_ID = "program_id";
    static final String PROGRAM_TITLE = "program_title";
    static final String PROGRAM_LEVEL = "program_level";
    static final String OUTCOME_ID = "outcome_id";
    static final String OUTCOME_TEXT = "outcome_text";
    static final String OUTCOME_CATEGORY = "outcome_category";
    static final String PROGRAM_CODE = "program_code";
    static final String OUTCOME_CONCEPTS = "outcome_concepts";

    /** Every column, in the order the writer writes them. */
    static final List<String> COLUMNS = List.of(PROGRAM_ID, PROGRAM_TITLE, PROGRAM_LEVEL, OUTCOME_ID,
            OUTCOME_TEXT, OUTCOME_CATEGORY, PROGRAM_CODE, OUTCOME_CONCEPTS, RowFields.LANGUAGE);
    private static final List<String> REQUIRED =
            List.of(PROGRAM_ID, PROGRAM_TITLE, OUTCOME_ID, OUTCOME_TEXT, OUTCOME_CATEGORY);

    private final Problems problems;
    private final ReadContext context;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    ProgramTable(Problems problems, ReadContext context) {
        this.problems = problems;
        this.context = context;
    }

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public void accept(RowFields row) {
        int before = problems.count();
        String id = row.required(PROGRAM_ID);
        String title = row.required(PROGRAM_TITLE);
        Parsed<String> language = row.language();
        Parsed<Level> level = row.level(PROGRAM_LEVEL);
        Parsed<NationalProgramCode> code = row.code(PROGRAM_CODE);
        String outcomeId = row.required(OUTCOME_ID);
        String text = row.required(OUTCOME_TEXT);
        DescriptorCategory category = row.category(OUTCOME_CATEGORY);
        Parsed<List<ConceptRef>> concepts = row.concepts(OUTCOME_CONCEPTS);
        if (id == null) {
            return;
        }
        Group group = groups.computeIfAbsent(id, Group::new);
        String name = "program '" + id + "'";
        if (title != null && language.valid()) {
            MultilingualText titleText = MultilingualText.of(language.value(), title);
            group.title.offer(row, name, titleText, shown(title, language.value()));
        }
        if (level.valid()) {
            Level value = level.value();
            group.level.offer(row, name, value, Settled.show(value == null ? null : value.toString()));
        }
        if (code.valid()) {
            NationalProgramCode value = code.value();
            group.code.offer(row, name, value, Settled.show(value == null ? null : value.toString()));
        }
        if (outcomeId != null) {
            Long first = group.outcomeLines.putIfAbsent(outcomeId, row.line());
            if (first != null) {
                row.problem(OUTCOME_ID, Reason.DUPLICATE, "duplicate outcome_id '" + outcomeId + "' in "
                        + name + ": first on line " + first);
            }
        }
        if (problems.count() == before && outcomeId != null && text != null && category != null) {
            group.outcomes.add(new LearningOutcome(outcomeId, category,
                    MultilingualText.of(language.value(), text), null, concepts.value()));
        }
    }

    private String shown(String text, @Nullable String language) {
        String quoted = Settled.show(text);
        return context.language().equals(language) ? quoted : quoted + " (" + language + ")";
    }

    @Override
    public List<EducationalProgram> results() {
        List<EducationalProgram> programs = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            Level level = group.level.value();
            MultilingualText title = group.title.value();
            if (title == null) {
                throw new IllegalStateException("program '" + group.id + "' has no title and no problem");
            }
            programs.add(EducationalProgram.builder(group.id, title,
                            level == null ? null : LevelRef.of(context.levelFramework(), level))
                    .code(group.code.value())
                    .outcomes(group.outcomes)
                    .build());
        }
        return List.copyOf(programs);
    }

    /** What is kept of one program while reading. */
    private static final class Group {
        final String id;
        final Settled<MultilingualText> title = new Settled<>(PROGRAM_TITLE);
        final Settled<Level> level = new Settled<>(PROGRAM_LEVEL);
        final Settled<NationalProgramCode> code = new Settled<>(PROGRAM_CODE);
        final List<LearningOutcome> outcomes = new ArrayList<>();
        final Map<String, Long> outcomeLines = new HashMap<>();

        Group(String id) {
            this.id = id;
        }
    }
}

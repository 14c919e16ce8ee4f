package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The standards table: one row per requirement, grouped by {@code standard_id} in order of first
 * appearance, and within a standard by {@code standard_level}: one profession card (with one
 * labour function) per distinct level, in order of first appearance. Not thread-safe: one
 * instance per read.
 */
final class StandardTable implements TableSink<ProfessionalStandard> {
    static final String STANDARD_ID = "standard_id";
    static final String STANDARD_TITLE = "standard_title";
    static final String STANDARD_LEVEL = "standard_level";
    static final String REQUIREMENT_ID = "requirement_id";
    static final String REQUIREMENT_TEXT = "requirement_text";
    static final String REQUIREMENT_CATEGORY = "requirement_category";
    static final String REQUIREMENT_WEIGHT = "requirement_weight";
    static final String REQUIREMENT_ESSENTIAL = "requirement_essential";
    static final String REQUIREMENT_CONCEPTS = "requirement_concepts";

    /** Every column, in the order the writer writes them. */
    static final List<String> COLUMNS = List.of(STANDARD_ID, STANDARD_TITLE, STANDARD_LEVEL,
            REQUIREMENT_ID, REQUIREMENT_TEXT, REQUIREMENT_CATEGORY, REQUIREMENT_WEIGHT,
            REQUIREMENT_ESSENTIAL, REQUIREMENT_CONCEPTS, RowFields.LANGUAGE);
    private static final List<String> REQUIRED =
            List.of(STANDARD_ID, STANDARD_TITLE, REQUIREMENT_ID, REQUIREMENT_TEXT, REQUIREMENT_CATEGORY);
    private static final MultilingualText PROBE_TITLE = MultilingualText.of("und", "title");

    private final Problems problems;
    private final ReadContext context;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    StandardTable(Problems problems, ReadContext context) {
        this.problems = problems;
        this.context = context;
    }

    /**
     * The id of the card (and of its labour function) holding one level's requirements: the
     * standard's id when the standard has one level, else the id, {@code /level-} and the level
     * ({@code 06.001/level-6}), or {@code /no-level} for rows without one.
     */
    static String cardId(String standardId, @Nullable Level level, boolean onlyLevel) {
        if (onlyLevel) {
            return standardId;
        }
        return standardId + (level == null ? "/no-level" : "/level-" + level);
    }

    @Override
    public List<String> requiredColumns() {
        return REQUIRED;
    }

    @Override
    public void accept(RowFields row) {
        int before = problems.count();
        String id = row.required(STANDARD_ID);
        String title = row.required(STANDARD_TITLE);
        Parsed<String> language = row.language();
        Parsed<Level> level = row.level(STANDARD_LEVEL);
        String requirementId = row.required(REQUIREMENT_ID);
        String text = row.required(REQUIREMENT_TEXT);
        DescriptorCategory category = row.category(REQUIREMENT_CATEGORY);
        Parsed<Double> weight = row.weight(REQUIREMENT_WEIGHT);
        Parsed<Boolean> essential = row.flag(REQUIREMENT_ESSENTIAL);
        Parsed<List<ConceptRef>> concepts = row.concepts(REQUIREMENT_CONCEPTS);
        if (id == null) {
            return;
        }
        Group group = groups.get(id);
        if (group == null) {
            group = new Group(id);
            groups.put(id, group);
            try {
                StandardPassport.of(id, PROBE_TITLE);
            } catch (InvalidValueException e) {
                row.problem(STANDARD_ID, Reason.INVALID_VALUE,
                        new InvalidValueException(STANDARD_ID, id, e.reason()).getMessage());
            }
        }
        String name = "standard '" + id + "'";
        if (title != null && language.valid()) {
            String shown = Settled.show(title);
            if (!context.language().equals(language.value())) {
                shown += " (" + language.value() + ")";
            }
            group.title.offer(row, name, MultilingualText.of(language.value(), title), shown);
        }
        if (requirementId != null) {
            Long first = group.requirementLines.putIfAbsent(requirementId, row.line());
            if (first != null) {
                row.problem(REQUIREMENT_ID, Reason.DUPLICATE, "duplicate requirement_id '" + requirementId
                        + "' in " + name + ": first on line " + first);
            }
        }
        if (problems.count() == before && level.valid() && requirementId != null && text != null
                && category != null && weight.value() != null && essential.value() != null) {
            group.byLevel.computeIfAbsent(Optional.ofNullable(level.value()), k -> new ArrayList<>())
                    .add(new Requirement(requirementId, category, MultilingualText.of(language.value(), text),
                            weight.value(), essential.value(), concepts.value()));
        }
    }

    @Override
    public List<ProfessionalStandard> results() {
        List<ProfessionalStandard> standards = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            MultilingualText title = group.title.value();
            if (title == null) {
                throw new IllegalStateException("standard '" + group.id + "' has no title and no problem");
            }
            boolean onlyLevel = group.byLevel.size() == 1;
            List<ProfessionCard> cards = new ArrayList<>(group.byLevel.size());
            for (Map.Entry<Optional<Level>, List<Requirement>> entry : group.byLevel.entrySet()) {
                Level level = entry.getKey().orElse(null);
                String cardId = cardId(group.id, level, onlyLevel);
                cards.add(ProfessionCard.of(cardId, title,
                        level == null ? null : LevelRef.of(context.levelFramework(), level),
                        List.of(new LabourFunction(cardId, title, entry.getValue()))));
            }
            standards.add(new ProfessionalStandard(StandardPassport.of(group.id, title), cards));
        }
        return List.copyOf(standards);
    }

    /** What is kept of one standard while reading. */
    private static final class Group {
        final String id;
        final Settled<MultilingualText> title = new Settled<>(STANDARD_TITLE);
        final Map<Optional<Level>, List<Requirement>> byLevel = new LinkedHashMap<>();
        final Map<String, Long> requirementLines = new HashMap<>();

        Group(String id) {
            this.id = id;
        }
    }
}

package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement of what a person or a program can do, on the query side of matching: a learning
 * outcome of a program, a line of a course certificate or a job held, a portal-verified skill, or
 * any free text. A {@link Query} is a set of them; every requirement of a standard is scored by its
 * best-supporting statement.
 *
 * <pre>{@code
 * Statement s = Statement.of("s1", MultilingualText.of("ru", "Проектирует реляционные базы данных"))
 *         .withCategory(DescriptorCategory.KZ_SKILLS)
 *         .withSource(StatementSource.of("course-certificate", "cert-7"))
 *         .withWeight(0.6);                         // unverified evidence counts less
 * }</pre>
 *
 * <p>How each part is used:
 * <ul>
 *   <li>{@code text}: analysed in each of its languages (the language tag says which; an
 *       undetermined tag, {@code und}, is detected);</li>
 *   <li>{@code category}: a statement of a category incompatible with a requirement's (knowledge
 *       against skill) gets {@link MatchingConfig#crossCategoryCredit()} of its similarity;
 *       {@code null} means unknown, compatible with every category;</li>
 *   <li>{@code level}: a statement below a requirement's level scores at most
 *       {@link MatchingConfig#belowLevelCap()}; {@code null} means the query's level, if any;</li>
 *   <li>{@code concepts}: a shared taxonomy concept (ESCO, O*NET) makes a full match whatever the
 *       wording;</li>
 *   <li>{@code weight}, in [0, 1]: every similarity of the statement is multiplied by it, so a
 *       statement of weight 0.5 can cover a requirement at most halfway. Programs' outcomes weigh
 *       1; applicant scoring weighs evidence by its kind, verification and age.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. A blank id, a weight outside [0, 1] or null components get an
 * {@link InvalidValueException} or {@link NullPointerException} naming the field.
 *
 * @param id the statement's id, unique within its query
 * @param source where it comes from
 * @param text what it says, in one or more languages
 * @param category its descriptor category, or {@code null} if unknown
 * @param level its level, or {@code null} for the query's level
 * @param concepts taxonomy concepts it states, possibly none
 * @param weight how much it counts, in [0, 1]
 * @since 0.1.0
 */
public record Statement(
        String id,
        StatementSource source,
        MultilingualText text,
        @Nullable DescriptorCategory category,
        @Nullable LevelRef level,
        List<ConceptRef> concepts,
        double weight) {

    /** Validates and copies. */
    public Statement {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException("id", id, "must not be blank");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        concepts = List.copyOf(concepts);
        if (!(weight >= 0 && weight <= 1)) {
            throw new InvalidValueException("weight", String.valueOf(weight), "must be between 0 and 1");
        }
    }

    /**
     * A free-text statement of weight 1, of unknown category and level, its own source.
     *
     * @param id the id
     * @param text the text
     * @return the statement
     */
    public static Statement of(String id, MultilingualText text) {
        return new Statement(id, StatementSource.of(StatementSource.TEXT, id), text, null, null, List.of(), 1.0);
    }

    /**
     * A learning outcome as a statement: same id, text, category, level and concepts, weight 1,
     * sourced from the outcome.
     *
     * @param outcome the outcome
     * @return the statement
     */
    public static Statement of(LearningOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return new Statement(outcome.id(), StatementSource.of(StatementSource.LEARNING_OUTCOME, outcome.id()),
                outcome.statement(), outcome.category(), outcome.level(), outcome.concepts(), 1.0);
    }

    /** @param value the source @return a copy with it */
    public Statement withSource(StatementSource value) {
        return new Statement(id, value, text, category, level, concepts, weight);
    }

    /** @param value the category, or {@code null} if unknown @return a copy with it */
    public Statement withCategory(@Nullable DescriptorCategory value) {
        return new Statement(id, source, text, value, level, concepts, weight);
    }

    /** @param value the level, or {@code null} for the query's @return a copy with it */
    public Statement withLevel(@Nullable LevelRef value) {
        return new Statement(id, source, text, category, value, concepts, weight);
    }

    /** @param values the concepts @return a copy with them */
    public Statement withConcepts(List<ConceptRef> values) {
        return new Statement(id, source, text, category, level, values, weight);
    }

    /** @param value the weight, in [0, 1] @return a copy with it */
    public Statement withWeight(double value) {
        return new Statement(id, source, text, category, level, concepts, value);
    }
}

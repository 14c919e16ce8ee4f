package io.github.opennqf.program;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A learning outcome of an educational program: what a graduate knows, can do, or is able to
 * take responsibility for.
 *
 * <pre>{@code
 * LearningOutcome lo = LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS,
 *         MultilingualText.of("en", "Design and implement relational databases"))
 *     .withLevel(LevelRef.parse("kz-nqf:2025/6"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls and a blank id get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the outcome's id, unique within its program
 * @param category its category (any scheme)
 * @param statement what the outcome says
 * @param level the level it is written at, or {@code null} to take the program's level
 * @param concepts the taxonomy concepts it corresponds to, such as ESCO skills; may be empty
 * @since 0.1.0
 */
public record LearningOutcome(
        @NotBlank String id,
        @NotNull DescriptorCategory category,
        @NotNull MultilingualText statement,
        @Nullable @Valid LevelRef level,
        @NotNull List<@Valid ConceptRef> concepts) {

    /** Validates and copies. */
    public LearningOutcome {
        id = Check.notBlank(id, "id");
        Check.notNull(category, "category");
        Check.notNull(statement, "statement");
        concepts = Check.listOf(concepts, "concepts");
    }

    /**
     * An outcome with no own level and no concepts.
     *
     * @param id the id
     * @param category the category
     * @param statement the statement
     * @return the outcome
     */
    public static LearningOutcome of(String id, DescriptorCategory category, MultilingualText statement) {
        return new LearningOutcome(id, category, statement, null, List.of());
    }

    /**
     * @param newLevel the level, or {@code null}
     * @return a copy with this level
     */
    public LearningOutcome withLevel(@Nullable LevelRef newLevel) {
        return new LearningOutcome(id, category, statement, newLevel, concepts);
    }

    /**
     * @param newConcepts the concepts
     * @return a copy with these concepts
     */
    public LearningOutcome withConcepts(List<ConceptRef> newConcepts) {
        return new LearningOutcome(id, category, statement, level, newConcepts);
    }
}

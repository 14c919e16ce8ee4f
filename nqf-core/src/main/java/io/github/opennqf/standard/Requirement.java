package io.github.opennqf.standard;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * One requirement of a labour function: a piece of knowledge, an ability, a skill or a
 * competence the profession needs, with its weight.
 *
 * <pre>{@code
 * Requirement r = Requirement.of("K1", DescriptorCategory.KZ_KNOWLEDGE,
 *                 MultilingualText.of("en", "Relational database design"))
 *         .asEssential()
 *         .withConcepts(List.of(ConceptRef.parse("http://data.europa.eu/esco/skill/…")));
 * }</pre>
 *
 * <p>The weight is relative (default 1.0, at most 1000); an essential requirement weighs more in
 * coverage, by a factor the matcher's configuration sets. Concept references say which taxonomy
 * concepts (ESCO skills, for example) the requirement is; matching treats the same concept on both
 * sides as a match whatever the wording.
 *
 * <p>Immutable and thread-safe. A blank id, a weight that is not a positive finite number, or
 * nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the requirement's id, unique within its standard
 * @param category knowledge, ability, skill or competence (any scheme)
 * @param text the requirement's statement
 * @param weight the relative weight, greater than 0
 * @param essential whether the requirement is essential
 * @param concepts the taxonomy concepts it corresponds to; may be empty
 * @since 0.1.0
 */
public record Requirement(
        @NotBlank String id,
        @NotNull DescriptorCategory category,
        @NotNull MultilingualText text,
        @Positive @DecimalMax("1000") double weight,
        boolean essential,
        @NotNull List<@Valid ConceptRef> concepts) {

    /** Validates and copies. */
    public Requirement {
        id = Check.notBlank(id, "id");
        Check.notNull(category, "category");
        Check.notNull(text, "text");
        if (!(weight > 0) || weight > 1000) {
            throw Check.invalid("weight", weight, "must be greater than 0 and at most 1000");
        }
        concepts = Check.listOf(concepts, "concepts");
    }

    /**
     * A non-essential requirement of weight 1.0 with no concepts.
     *
     * @param id the id
     * @param category the category
     * @param text the statement
     * @return the requirement
     */
    public static Requirement of(String id, DescriptorCategory category, MultilingualText text) {
        return new Requirement(id, category, text, 1.0, false, List.of());
    }

    /** @return a copy marked essential */
    public Requirement asEssential() {
        return new Requirement(id, category, text, weight, true, concepts);
    }

    /**
     * @param newWeight the weight, greater than 0
     * @return a copy with this weight
     */
    public Requirement withWeight(double newWeight) {
        return new Requirement(id, category, text, newWeight, essential, concepts);
    }

    /**
     * @param newConcepts the taxonomy concepts
     * @return a copy with these concepts
     */
    public Requirement withConcepts(List<ConceptRef> newConcepts) {
        return new Requirement(id, category, text, weight, essential, newConcepts);
    }
}

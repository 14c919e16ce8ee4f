package io.github.opennqf.standard;

import io.github.opennqf.Consistent;
import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A professional standard (профессиональный стандарт / кәсіптік стандарт): employers'
 * requirements on knowledge and skills for a profession, organised as a passport and profession
 * cards, each card with labour functions and their requirements.
 *
 * <pre>{@code
 * ProfessionalStandard standard = new ProfessionalStandard(
 *         StandardPassport.of("PS-62-001", MultilingualText.of("en", "Software engineering")),
 *         List.of(ProfessionCard.of("C1", MultilingualText.of("en", "Software engineer"),
 *                 LevelRef.parse("kz-nqf:2025/6"),
 *                 List.of(new LabourFunction("F1", MultilingualText.of("en", "Develop software"),
 *                         List.of(Requirement.of("K1", DescriptorCategory.KZ_KNOWLEDGE,
 *                                 MultilingualText.of("en", "Programming languages"))))))));
 * }</pre>
 *
 * <p>Construction checks each value; {@link Consistent} (a Bean Validation constraint) reports
 * cross-element problems such as repeated ids, all at once.
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param passport what identifies the standard
 * @param professionCards its profession cards
 * @since 0.1.0
 */
@Consistent
public record ProfessionalStandard(
        @NotNull @Valid StandardPassport passport,
        @NotNull List<@Valid ProfessionCard> professionCards) {

    /** Validates and copies. */
    public ProfessionalStandard {
        Check.notNull(passport, "passport");
        professionCards = Check.listOf(professionCards, "professionCards");
    }

    /** @return the standard's code, from its passport */
    public String code() {
        return passport.code();
    }

    /**
     * @param id a profession card id
     * @return the card, if the standard has it
     */
    public Optional<ProfessionCard> professionCard(String id) {
        return professionCards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** @return every requirement of every card and labour function, in order */
    public List<Requirement> requirements() {
        List<Requirement> all = new ArrayList<>();
        for (ProfessionCard card : professionCards) {
            all.addAll(card.requirements());
        }
        return List.copyOf(all);
    }
}

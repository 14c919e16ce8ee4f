package io.github.opennqf.standard;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A profession card (карточка профессии) of a professional standard: one profession at one
 * qualification level, what education and experience it needs, and its labour functions.
 *
 * <p>Immutable and thread-safe. Nulls, a blank id or a negative experience period get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the card's id, unique within its standard
 * @param title the profession's name
 * @param occupation its НКЗ / ISCO-08 code, or {@code null}
 * @param level its qualification level (NQF or sectoral framework), or {@code null} if not stated
 * @param requiredEducationLevel the education level required, or {@code null}
 * @param requiredEducation the education required, in words, or {@code null}
 * @param requiredExperience the minimum work experience, or {@code null} if none is required
 * @param labourFunctions the labour functions
 * @since 0.1.0
 */
public record ProfessionCard(
        @NotBlank String id,
        @NotNull MultilingualText title,
        @Nullable @Valid IscoCode occupation,
        @Nullable @Valid LevelRef level,
        @Nullable @Valid LevelRef requiredEducationLevel,
        @Nullable MultilingualText requiredEducation,
        @Nullable Period requiredExperience,
        @NotNull List<@Valid LabourFunction> labourFunctions) {

    /** Validates and copies. */
    public ProfessionCard {
        id = Check.notBlank(id, "id");
        Check.notNull(title, "title");
        if (requiredExperience != null && requiredExperience.isNegative()) {
            throw Check.invalid("requiredExperience", requiredExperience, "must not be negative");
        }
        labourFunctions = Check.listOf(labourFunctions, "labourFunctions");
    }

    /**
     * A card with no occupation code and no education or experience requirement.
     *
     * @param id the id
     * @param title the title
     * @param level the level, or {@code null} if not stated
     * @param labourFunctions the labour functions
     * @return the card
     */
    public static ProfessionCard of(String id, MultilingualText title, @Nullable LevelRef level,
            List<LabourFunction> labourFunctions) {
        return new ProfessionCard(id, title, null, level, null, null, null, labourFunctions);
    }

    /** @return every requirement of every labour function, in order */
    public List<Requirement> requirements() {
        List<Requirement> all = new ArrayList<>();
        for (LabourFunction function : labourFunctions) {
            all.addAll(function.requirements());
        }
        return List.copyOf(all);
    }
}

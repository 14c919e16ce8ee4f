package io.github.opennqf.standard;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A labour function (трудовая функция / еңбек функциясы) of a profession card: a coherent part of
 * the work, with the knowledge, abilities, skills and competencies it requires.
 *
 * <p>Immutable and thread-safe. Nulls and a blank id get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the function's id, unique within its standard
 * @param title what the function is
 * @param requirements what it requires
 * @since 0.1.0
 */
public record LabourFunction(
        @NotBlank String id,
        @NotNull MultilingualText title,
        @NotNull List<@Valid Requirement> requirements) {

    /** Validates and copies. */
    public LabourFunction {
        id = Check.notBlank(id, "id");
        Check.notNull(title, "title");
        requirements = Check.listOf(requirements, "requirements");
    }

    /**
     * @param category a category
     * @return the requirements of exactly that category
     */
    public List<Requirement> requirements(DescriptorCategory category) {
        return requirements.stream().filter(r -> r.category() == category).toList();
    }
}

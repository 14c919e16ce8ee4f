package io.github.opennqf.program;

import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A module (discipline) of an educational program, with its credits and the program outcomes it
 * contributes to.
 *
 * <p>Immutable and thread-safe. Nulls and blank ids get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the module's code, unique within its program
 * @param title its name
 * @param credits its credits
 * @param outcomeIds the ids of the program outcomes it contributes to
 * @since 0.1.0
 */
public record ProgramModule(
        @NotBlank String id,
        @NotNull MultilingualText title,
        @NotNull @Valid Credits credits,
        @NotNull List<@NotBlank String> outcomeIds) {

    /** Validates and copies. */
    public ProgramModule {
        id = Check.notBlank(id, "id");
        Check.notNull(title, "title");
        Check.notNull(credits, "credits");
        outcomeIds = Check.listOf(outcomeIds, "outcomeIds");
        for (int i = 0; i < outcomeIds.size(); i++) {
            Check.notBlank(outcomeIds.get(i), "outcomeIds[" + i + "]");
        }
    }
}

package io.github.opennqf.framework;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A profession placed on a level of a sectoral framework.
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param profession the profession's name
 * @param occupation its НКЗ / ISCO-08 code, or {@code null} if not classified
 * @param level the level it is placed on, possibly a sub-level
 * @since 0.1.0
 */
public record ProfessionPlacement(
        @NotNull MultilingualText profession,
        @Nullable @Valid IscoCode occupation,
        @NotNull @Valid Level level) {

    /** Rejects nulls. */
    public ProfessionPlacement {
        Check.notNull(profession, "profession");
        Check.notNull(level, "level");
    }
}

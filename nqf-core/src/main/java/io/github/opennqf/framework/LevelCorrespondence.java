package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One pair in a {@link LevelMapping}: a level of the source framework corresponds to a level of
 * the target framework.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the source level
 * @param to the target level
 * @since 0.1.0
 */
public record LevelCorrespondence(@NotNull @Valid Level from, @NotNull @Valid Level to) {
    /** Rejects nulls. */
    public LevelCorrespondence {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
    }

    /** @return the same pair read the other way */
    public LevelCorrespondence inverse() {
        return new LevelCorrespondence(to, from);
    }

    /** @return {@code from->to} */
    @Override
    public String toString() {
        return from + "->" + to;
    }
}

package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A level of a {@link SectoralFramework}, possibly a sub-level such as {@code 6.2}, with the
 * sector-specific descriptors that refine the national descriptors of its rank.
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param level the level, with or without sub-level
 * @param descriptors sector-specific descriptors by category; may be empty
 * @since 0.1.0
 */
public record SectoralLevel(
        @NotNull @Valid Level level,
        @NotNull Map<DescriptorCategory, MultilingualText> descriptors) {

    /** Validates and copies. */
    public SectoralLevel {
        Check.notNull(level, "level");
        descriptors = Check.enumMapOf(descriptors, DescriptorCategory.class, "descriptors");
    }
}

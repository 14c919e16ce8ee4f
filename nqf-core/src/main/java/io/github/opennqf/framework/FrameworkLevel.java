package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One level of a {@link QualificationsFramework}: its title, an optional summary, an optional
 * concept IRI (the EQF's {@code http://data.europa.eu/snb/eqf/6}) and its descriptors, one
 * multilingual text per {@link DescriptorCategory}.
 *
 * <p>Immutable and thread-safe. Nulls get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param level the level
 * @param title the level's name, such as "Level 6"
 * @param description a one-sentence summary, or {@code null}
 * @param iri the level's concept IRI, or {@code null}
 * @param descriptors the learning-outcome descriptors by category
 * @since 0.1.0
 */
public record FrameworkLevel(
        @NotNull @Valid Level level,
        @NotNull MultilingualText title,
        @Nullable MultilingualText description,
        @Nullable URI iri,
        @NotNull Map<DescriptorCategory, MultilingualText> descriptors) {

    /** Validates and copies. */
    public FrameworkLevel {
        Check.notNull(level, "level");
        Check.notNull(title, "title");
        descriptors = Check.enumMapOf(descriptors, DescriptorCategory.class, "descriptors");
    }

    /**
     * @param category a category
     * @return the descriptor of this level in that category, if the framework has it
     */
    public Optional<MultilingualText> descriptor(DescriptorCategory category) {
        return Optional.ofNullable(descriptors.get(category));
    }
}

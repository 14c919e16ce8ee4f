package io.github.opennqf.framework;

import io.github.opennqf.Consistent;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.internal.Check;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A sectoral qualifications framework (отраслевая рамка квалификаций, ОРК): the professions of one
 * industry, identified by ОКЭД / NACE codes, placed on the levels of a national framework, with
 * sector-specific descriptors and optional sub-levels such as {@code 6.1} and {@code 6.2}.
 *
 * <pre>{@code
 * SectoralFramework ict = new SectoralFramework("orc-ict", MultilingualText.of("en", "ICT"),
 *         List.of(OkedCode.parse("J62")), FrameworkRef.KZ_NQF_2025,
 *         List.of(new SectoralLevel(Level.parse("6.1"), Map.of())),
 *         List.of(new ProfessionPlacement(MultilingualText.of("en", "Software developer"),
 *                 IscoCode.parse("2512"), Level.parse("6.1"))));
 * }</pre>
 *
 * <p>Construction checks each value; {@link Consistent} (checked by a Bean Validation provider)
 * reports every placement on a level the framework does not declare and repeated levels.
 *
 * <p>Immutable and thread-safe. Nulls and a blank id get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param id the framework's identifier
 * @param title its name
 * @param sectors the ОКЭД / NACE codes of the sector; at least one
 * @param basedOn the national framework whose levels it refines
 * @param levels the levels it uses, with sector-specific descriptors
 * @param professions the professions placed on those levels
 * @since 0.1.0
 */
@Consistent
public record SectoralFramework(
        @NotBlank String id,
        @NotNull MultilingualText title,
        @NotEmpty List<@Valid OkedCode> sectors,
        @NotNull @Valid FrameworkRef basedOn,
        @NotNull List<@Valid SectoralLevel> levels,
        @NotNull List<@Valid ProfessionPlacement> professions) {

    /** Validates and copies. */
    public SectoralFramework {
        id = Check.notBlank(id, "id");
        Check.notNull(title, "title");
        sectors = Check.listOf(sectors, "sectors");
        if (sectors.isEmpty()) {
            throw Check.invalid("sectors", null, "must name at least one ОКЭД / NACE code");
        }
        Check.notNull(basedOn, "basedOn");
        levels = Check.listOf(levels, "levels");
        professions = Check.listOf(professions, "professions");
    }

    /**
     * @param level a level or sub-level
     * @return the sector's definition of it, if declared
     */
    public Optional<SectoralLevel> level(Level level) {
        return levels.stream().filter(l -> l.level().equals(level)).findFirst();
    }

    /**
     * @param level a level or sub-level
     * @return the professions placed exactly on it
     */
    public List<ProfessionPlacement> professionsAt(Level level) {
        return professions.stream().filter(p -> p.level().equals(level)).toList();
    }

    /** @return a reference to a level of this framework in its base framework */
    public LevelRef ref(Level level) {
        return LevelRef.of(basedOn, level);
    }
}

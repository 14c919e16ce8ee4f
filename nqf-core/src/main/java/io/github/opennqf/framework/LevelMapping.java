package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A many-to-many correspondence between the levels of two framework editions, with its status
 * and provenance.
 *
 * <pre>{@code
 * LevelMapping kzToEqf = Frameworks.levelMappings()
 *         .between(FrameworkRef.KZ_NQF_2025, FrameworkRef.EQF_2017).orElseThrow();
 * kzToEqf.targetsOf(Level.of(6));   // [6]
 * kzToEqf.status();                 // UNOFFICIAL: no referencing report was found
 * kzToEqf.inverse().targetsOf(Level.of(6));   // EQF 6 -> KZ NQF [6]
 * }</pre>
 *
 * <p>A sector sub-level with no pair of its own maps as its plain level: {@code 6.2} maps where
 * {@code 6} maps. Pairs are kept sorted and without repeats.
 *
 * <p>Immutable and thread-safe. Nulls, an empty pair list, or a mapping of a framework to itself
 * get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param from the source framework
 * @param to the target framework
 * @param pairs the level correspondences
 * @param status official or unofficial
 * @param provenance where the correspondence comes from
 * @since 0.1.0
 */
public record LevelMapping(
        @NotNull @Valid FrameworkRef from,
        @NotNull @Valid FrameworkRef to,
        @NotEmpty List<@Valid LevelCorrespondence> pairs,
        @NotNull MappingStatus status,
        @NotNull @Valid Provenance provenance) {

    private static final Comparator<LevelCorrespondence> ORDER =
            Comparator.comparing(LevelCorrespondence::from).thenComparing(LevelCorrespondence::to);

    /** Validates, sorts and removes repeated pairs. */
    public LevelMapping {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        Check.notNull(status, "status");
        Check.notNull(provenance, "provenance");
        if (from.equals(to)) {
            throw Check.invalid("to", to, "must differ from the source framework");
        }
        List<LevelCorrespondence> sorted = new ArrayList<>(new LinkedHashSet<>(Check.listOf(pairs, "pairs")));
        if (sorted.isEmpty()) {
            throw Check.invalid("pairs", null, "must hold at least one pair");
        }
        sorted.sort(ORDER);
        pairs = List.copyOf(sorted);
    }

    /**
     * @param level a level of the source framework
     * @return the target levels it corresponds to, ascending; empty if none
     */
    public SortedSet<Level> targetsOf(Level level) {
        SortedSet<Level> result = collect(level, false);
        return result.isEmpty() && level.hasSubLevel() ? collect(level.withoutSubLevel(), false) : result;
    }

    /**
     * @param level a level of the target framework
     * @return the source levels that correspond to it, ascending; empty if none
     */
    public SortedSet<Level> sourcesOf(Level level) {
        SortedSet<Level> result = collect(level, true);
        return result.isEmpty() && level.hasSubLevel() ? collect(level.withoutSubLevel(), true) : result;
    }

    private SortedSet<Level> collect(Level level, boolean backwards) {
        SortedSet<Level> result = new TreeSet<>();
        for (LevelCorrespondence pair : pairs) {
            if ((backwards ? pair.to() : pair.from()).equals(level)) {
                result.add(backwards ? pair.from() : pair.to());
            }
        }
        return java.util.Collections.unmodifiableSortedSet(result);
    }

    /** @return the same mapping read from target to source, with the same status and provenance */
    public LevelMapping inverse() {
        List<LevelCorrespondence> inverted = new ArrayList<>(pairs.size());
        for (LevelCorrespondence pair : pairs) {
            inverted.add(pair.inverse());
        }
        return new LevelMapping(to, from, inverted, status, provenance);
    }
}

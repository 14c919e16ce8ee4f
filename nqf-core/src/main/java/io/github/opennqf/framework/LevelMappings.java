package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set of {@link LevelMapping}s, looked up by source and target framework in either direction.
 *
 * <pre>{@code
 * LevelMappings mappings = Frameworks.levelMappings();
 * mappings.map(LevelRef.parse("kz-nqf:2025/6"), FrameworkRef.ISCED_2011);   // [isced:2011/6]
 * mappings.between(FrameworkRef.EQF_2017, FrameworkRef.KZ_NQF_2025);        // the inverse of KZ -> EQF
 * }</pre>
 *
 * <p>Only direct mappings and their inverses are used: OpenNQF does not chain mappings through a
 * third framework, because a chain of unofficial correspondences would widen silently.
 *
 * <p>Immutable and thread-safe. Two mappings for the same pair of frameworks (in either
 * direction) get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class LevelMappings {
    private final List<LevelMapping> mappings;

    private LevelMappings(List<LevelMapping> mappings) {
        this.mappings = mappings;
    }

    /**
     * @param mappings the mappings, at most one per pair of frameworks
     * @return the set
     */
    public static LevelMappings of(Collection<LevelMapping> mappings) {
        List<LevelMapping> list = Check.listOf(mappings, "mappings");
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                LevelMapping a = list.get(i);
                LevelMapping b = list.get(j);
                if ((a.from().equals(b.from()) && a.to().equals(b.to()))
                        || (a.from().equals(b.to()) && a.to().equals(b.from()))) {
                    throw Check.invalid("mappings", a.from() + " <-> " + a.to(), "are mapped more than once");
                }
            }
        }
        return new LevelMappings(list);
    }

    /** @return the mappings as given, in their given direction */
    public List<LevelMapping> all() {
        return mappings;
    }

    /**
     * @param from the source framework
     * @param to the target framework
     * @return the mapping from {@code from} to {@code to}, inverting a stored mapping if needed
     */
    public Optional<LevelMapping> between(FrameworkRef from, FrameworkRef to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        for (LevelMapping m : mappings) {
            if (m.from().equals(from) && m.to().equals(to)) {
                return Optional.of(m);
            }
            if (m.from().equals(to) && m.to().equals(from)) {
                return Optional.of(m.inverse());
            }
        }
        return Optional.empty();
    }

    /**
     * The levels of {@code target} that correspond to {@code level}; the level itself when it
     * already is in {@code target}; empty when no mapping connects the two frameworks.
     *
     * @param level the level to map
     * @param target the framework to map into
     * @return the corresponding levels, ascending
     */
    public SortedSet<LevelRef> map(LevelRef level, FrameworkRef target) {
        Check.notNull(level, "level");
        Check.notNull(target, "target");
        SortedSet<LevelRef> result = new TreeSet<>((a, b) -> a.level().compareTo(b.level()));
        if (level.framework().equals(target)) {
            result.add(level);
        } else {
            between(level.framework(), target).ifPresent(m -> {
                for (Level l : m.targetsOf(level.level())) {
                    result.add(LevelRef.of(target, l));
                }
            });
        }
        return java.util.Collections.unmodifiableSortedSet(result);
    }
}

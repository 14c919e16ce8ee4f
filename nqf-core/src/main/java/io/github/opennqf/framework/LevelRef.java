package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A level in a named framework edition, such as level 6 of the Kazakhstan NQF 2025:
 * {@code kz-nqf:2025/6}.
 *
 * <pre>{@code
 * LevelRef ref = LevelRef.parse("kz-nqf:2025/6.2");
 * LevelRef same = LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.parse("6.2"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Malformed text gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param framework the framework edition
 * @param level the level in it
 * @since 0.1.0
 */
public record LevelRef(@NotNull @Valid FrameworkRef framework, @NotNull @Valid Level level) {

    /** Rejects nulls. */
    public LevelRef {
        Check.notNull(framework, "framework");
        Check.notNull(level, "level");
    }

    /**
     * @param framework the framework edition
     * @param level the level
     * @return the reference
     */
    public static LevelRef of(FrameworkRef framework, Level level) {
        return new LevelRef(framework, level);
    }

    /**
     * Parses {@code id:edition/level}, such as {@code "eqf:2017/6"}.
     *
     * @param text the reference
     * @return the reference
     * @throws io.github.opennqf.InvalidValueException if the text is malformed
     */
    public static LevelRef parse(String text) {
        String s = Check.notBlank(text, "levelRef");
        int slash = s.lastIndexOf('/');
        if (slash < 0) {
            throw Check.invalid("levelRef", text, "must be written id:edition/level, such as kz-nqf:2025/6");
        }
        return new LevelRef(FrameworkRef.parse(s.substring(0, slash)), Level.parse(s.substring(slash + 1)));
    }

    /** @return {@code id:edition/level} */
    @Override
    public String toString() {
        return framework + "/" + level;
    }
}

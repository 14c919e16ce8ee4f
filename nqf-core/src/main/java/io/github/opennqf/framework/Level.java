package io.github.opennqf.framework;

import io.github.opennqf.internal.Check;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A level of a qualifications framework, with an optional sector sub-level: {@code "6.2"} is
 * level 6, sub-level 2. It is never a decimal number: {@code 6.10} is sub-level 10, above
 * {@code 6.9}, and {@code 6.2} is not {@code 6.20}.
 *
 * <pre>{@code
 * Level six = Level.of(6);
 * Level sector = Level.parse("6.2");
 * sector.rank();          // 6
 * sector.subLevel();      // 2
 * sector.compareTo(six);  // > 0: a sub-level sits above its plain level, below the next level
 * sector.isAtLeast(six);  // true
 * }</pre>
 *
 * <p>Ranks run 0–8: national frameworks and the EQF use 1–8, ISCED 2011 also has level 0 (early
 * childhood); each {@link QualificationsFramework} declares which ranks it has. Sub-levels run
 * 1–99. Out-of-range or malformed input gets an {@link io.github.opennqf.InvalidValueException}.
 * Levels order by rank, then sub-level, with "no sub-level" first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank the level, 0–8
 * @param subLevel the sector sub-level, 1–99, or {@code null}
 * @since 0.1.0
 */
public record Level(@Min(0) @Max(8) int rank, @Nullable @Min(1) @Max(99) Integer subLevel)
        implements Comparable<Level> {

    private static final Comparator<Level> ORDER = Comparator.comparingInt(Level::rank)
            .thenComparing(Level::subLevel, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Level[] PLAIN = new Level[9];

    static {
        for (int i = 0; i < PLAIN.length; i++) {
            PLAIN[i] = new Level(i, null);
        }
    }

    /** Validates the ranges. */
    public Level {
        Check.inRange(rank, 0, 8, "level");
        if (subLevel != null) {
            Check.inRange(subLevel, 1, 99, "subLevel");
        }
    }

    /**
     * @param rank 0–8
     * @return the level without a sub-level
     */
    public static Level of(int rank) {
        Check.inRange(rank, 0, 8, "level");
        return PLAIN[rank];
    }

    /**
     * @param rank 0–8
     * @param subLevel 1–99
     * @return the level with a sub-level
     */
    public static Level of(int rank, int subLevel) {
        return new Level(rank, subLevel);
    }

    /**
     * Parses {@code "6"} or {@code "6.2"}.
     *
     * @param text the level
     * @return the level
     * @throws io.github.opennqf.InvalidValueException if the text is not a level
     */
    public static Level parse(String text) {
        String s = Check.notBlank(text, "level");
        int dot = s.indexOf('.');
        String rankPart = dot < 0 ? s : s.substring(0, dot);
        if (rankPart.length() != 1 || !isAsciiDigits(rankPart)) {
            throw Check.invalid("level", text, "must be a digit 0–8, optionally followed by '.' and a sub-level, such as 6 or 6.2");
        }
        int rank = rankPart.charAt(0) - '0';
        if (dot < 0) {
            return of(rank);
        }
        String sub = s.substring(dot + 1);
        if (sub.isEmpty() || sub.length() > 2 || !isAsciiDigits(sub) || sub.charAt(0) == '0') {
            throw Check.invalid("level", text, "the sub-level after '.' must be a number 1–99 without leading zeros");
        }
        return of(rank, Integer.parseInt(sub));
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return {@code true} if this level has a sector sub-level */
    public boolean hasSubLevel() {
        return subLevel != null;
    }

    /** @return this level without its sub-level */
    public Level withoutSubLevel() {
        return of(rank);
    }

    /**
     * @param other the level required
     * @return {@code true} if this level is the same as or above {@code other}
     */
    public boolean isAtLeast(Level other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Level other) {
        return ORDER.compare(this, other);
    }

    /** @return {@code "6"} or {@code "6.2"} */
    @Override
    public String toString() {
        return subLevel == null ? Integer.toString(rank) : rank + "." + subLevel;
    }
}

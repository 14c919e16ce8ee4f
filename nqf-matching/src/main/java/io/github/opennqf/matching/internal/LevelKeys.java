package io.github.opennqf.matching.internal;

import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Frameworks;
import io.github.opennqf.framework.LevelRef;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * Comparable level keys, the same for a level wherever it appears: its EQF-equivalent rank when
 * the level maps to the EQF (the highest mapped level), else {@code 100 · (1 + f) + rank} where
 * {@code f} is a hash of the framework's id, so levels of one unmapped framework compare among
 * themselves and never with another framework's (two unmapped frameworks share a key space only if
 * their ids collide in 20 million buckets). The key of a level never depends on which other
 * documents were compiled, so a query scores the same alone or in a batch. -1 means unknown.
 */
public final class LevelKeys {
    private static final int BUCKETS = 20_000_000;

    private LevelKeys() {}

    public static int of(@Nullable LevelRef ref) {
        if (ref == null) {
            return -1;
        }
        if (ref.framework().equals(FrameworkRef.EQF_2017)) {
            return ref.level().rank();
        }
        SortedSet<LevelRef> mapped = Frameworks.levelMappings().map(ref, FrameworkRef.EQF_2017);
        if (!mapped.isEmpty()) {
            return mapped.last().level().rank();
        }
        return 100 * (1 + frameworkBucket(ref.framework())) + ref.level().rank();
    }

    /** A 32-bit FNV-1a hash of the framework's id, reduced to a bucket. */
    private static int frameworkBucket(FrameworkRef framework) {
        int h = 0x811c9dc5;
        for (byte b : framework.toString().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return Math.floorMod(h, BUCKETS);
    }

    /** Whether a statement at level key {@code statement} is below a requirement at key {@code required}. */
    public static boolean below(int statement, int required) {
        return statement >= 0 && required >= 0 && statement / 100 == required / 100 && statement < required;
    }

    /** Whether two keys can be compared: both known and of one scale. */
    public static boolean comparable(int a, int b) {
        return a >= 0 && b >= 0 && a / 100 == b / 100;
    }
}

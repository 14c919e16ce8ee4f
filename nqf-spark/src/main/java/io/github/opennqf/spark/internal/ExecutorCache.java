package io.github.opennqf.spark.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an executor JVM has loaded from broadcast values — matchers and assessors — keyed by the
 * content hash of what they were loaded from, so that each is loaded once per JVM however many
 * tasks and partitions use it. Bounded: the least recently used entry goes when more than
 * {@link #CAPACITY} are held. Thread-safe: tasks of one executor run concurrently; a value is
 * loaded by the first task that needs it while the others wait for it.
 */
public final class ExecutorCache {
    /** How many loaded values one JVM keeps. */
    static final int CAPACITY = 4;

    private static final Map<String, Object> VALUES = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CAPACITY;
        }
    };
    private static long loads;

    private ExecutorCache() {}

    /**
     * @param key the content hash of what the value is loaded from
     * @param type the value's type
     * @param loader loads the value when this JVM does not hold it
     * @param <T> the value's type
     * @return the value
     */
    public static synchronized <T> T get(String key, Class<T> type, Supplier<? extends T> loader) {
        Object value = VALUES.get(key);
        if (value == null) {
            value = loader.get();
            loads++;
            VALUES.put(key, value);
        }
        return type.cast(value);
    }

    /** @return how many values this JVM has loaded so far (for tests: one per broadcast, not per row) */
    public static synchronized long loads() {
        return loads;
    }
}

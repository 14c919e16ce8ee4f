package io.github.opennqf.matching.internal;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The embeddings of the last few uncompiled query documents, keyed by the identity of a key
 * object (the query, or the program it was made from), so that asking a hybrid matcher about the same program or standard again (for example
 * {@code scoreStandards(p)} then {@code rankStandards(p, 10)}) does not run the model again.
 *
 * <p>Bounded: a fixed number of slots, each holding at most one entry, chosen by the query's
 * identity hash; a new entry replaces whatever its slot held. Queries are held weakly, so the cache
 * never keeps a document alive. Identity, not equality, is the key: documents are immutable, so the
 * same object always has the same embedding, and an equal copy is simply embedded again. A
 * document that has no embedding (its language is not covered, or the model keeps nothing of its
 * text) is remembered as such.
 *
 * <p>Thread-safe and lock-free: slots are replaced atomically with immutable entries. Two threads
 * missing on the same query both compute it; the embedder being deterministic, they store equal
 * values, so the cache changes only how often the model runs, never a result.
 */
final class QueryEmbeddingCache {
    /** One cached embedding; {@code embedding} is {@code null} when the query has none. */
    private static final class Entry extends WeakReference<Object> {
        final float @Nullable [] embedding;

        Entry(Object query, float @Nullable [] embedding) {
            super(query);
            this.embedding = embedding;
        }
    }

    private final AtomicReferenceArray<@Nullable Entry> slots;
    private final int mask;

    /** @param capacity the number of slots, a power of two */
    QueryEmbeddingCache(int capacity) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, was " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    /**
     * @param query the query document
     * @param embed computes its embedding (or {@code null} for none) on a miss
     * @return the cached or newly computed embedding; callers must not modify it
     */
    <T> float @Nullable [] get(T query, Function<? super T, float @Nullable []> embed) {
        int slot = spread(System.identityHashCode(query)) & mask;
        @Nullable Entry entry = slots.get(slot);
        if (entry != null && entry.get() == query) {
            return entry.embedding;
        }
        float @Nullable [] embedding = embed.apply(query);
        slots.set(slot, new Entry(query, embedding));
        return embedding;
    }

    /** @return how many slots hold an entry whose query is still reachable (for tests) */
    int size() {
        int n = 0;
        for (int i = 0; i < slots.length(); i++) {
            @Nullable Entry entry = slots.get(i);
            if (entry != null && entry.get() != null) {
                n++;
            }
        }
        return n;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}

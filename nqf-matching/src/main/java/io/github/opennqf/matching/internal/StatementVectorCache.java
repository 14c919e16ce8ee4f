package io.github.opennqf.matching.internal;

import io.github.opennqf.text.MultilingualText;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The term vectors of recently scored statement texts, so that a text met again (the same course
 * title, a skill from a national taxonomy, an occupation as a role) is not analysed again. A vector
 * depends only on the text and the compiled standards, so the cache changes how often analysis
 * runs, never a result. Bounded: when it holds {@code capacity} texts it is emptied and fills
 * again, which keeps memory bounded without bookkeeping on every hit. Thread-safe.
 */
public final class StatementVectorCache {
    private final ConcurrentHashMap<MultilingualText, Corpus.TermVector> vectors;
    private final int capacity;

    /** @param capacity the most texts held */
    public StatementVectorCache(int capacity) {
        this.capacity = capacity;
        this.vectors = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    Corpus.TermVector get(MultilingualText text, Corpus corpus) {
        Corpus.TermVector v = vectors.get(text);
        if (v == null) {
            v = corpus.termVector(text);
            if (vectors.size() >= capacity) {
                vectors.clear();
            }
            vectors.putIfAbsent(text, v);
        }
        return v;
    }
}

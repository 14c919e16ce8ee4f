package io.github.opennqf.examples.cli;

import io.github.opennqf.embeddings.MiniLmEmbedder;
import io.github.opennqf.matching.SentenceEmbedder;

/** Provides the sentence embedder for {@code --similarity hybrid}: the bundled all-MiniLM-L6-v2 (English). */
final class HybridSupport {
    private HybridSupport() {}

    static SentenceEmbedder embedder() {
        return MiniLmEmbedder.instance();
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.matching.SentenceEmbedder;

/** Provides the sentence embedder for {@code --similarity hybrid}. */
final class HybridSupport {
    private HybridSupport() {}

    static SentenceEmbedder embedder() {
        throw new io.github.opennqf.NqfException("--similarity hybrid needs the nqf-embeddings module, "
                + "which this build of opennqf.jar does not include");
    }
}

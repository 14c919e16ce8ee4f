package io.github.opennqf.embeddings;

import static io.github.opennqf.embeddings.Vectors.cosine;
import static io.github.opennqf.embeddings.Vectors.norm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = MiniLmEmbedder.instance();
    }

    @Test
    void embedsTo384DimensionalUnitVectors() {
        float[] v = embedder.embed("software developer writes code");
        assertThat(v).hasSize(384);
        assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void isDeterministic() {
        String text = "Designs, builds and maintains computer programs";
        assertThat(embedder.embed(text)).containsExactly(embedder.embed(text));
    }

    @Test
    void placesSimilarMeaningsCloser() {
        float[] developer = embedder.embed("software developer writes code");
        float[] programmer = embedder.embed("programmer develops software applications");
        float[] nurse = embedder.embed("nurse administers medication");
        double near = cosine(developer, programmer);
        double far = cosine(developer, nurse);
        assertThat(near).isGreaterThan(0.5);
        assertThat(far).isLessThan(0.3);
        assertThat(near - far).isGreaterThan(0.3);
    }

    @Test
    void describesItself() {
        assertThat(embedder.languages()).containsExactly("en");
        assertThat(embedder.name()).isEqualTo("all-MiniLM-L6-v2-q");
        assertThat(MiniLmEmbedder.instance()).isSameAs(embedder);
        assertThat(embedder).hasToString("MiniLmEmbedder[all-MiniLM-L6-v2-q, languages=[en]]");
    }

    @Test
    void rejectsBlankText() {
        for (String blank : List.of("", "   ", "\n\t", "\u00a0\u2003", "\u200b")) {
            assertThatThrownBy(() -> embedder.embed(blank))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("text must not be blank");
        }
    }

    @Test
    void rejectsTextTheTokenizerDropsEntirely() {
        // A lone combining accent is not blank, but the uncased tokenizer strips accents: no token is left.
        assertThatThrownBy(() -> embedder.embed("\u0301"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no token that model 'all-MiniLM-L6-v2-q' can embed");
    }

    @Test
    void cutsLongTextToItsFirst10000Characters() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 10_000) {
            sb.append("requirement ").append(i++).append(" concerns software testing. ");
        }
        String head = sb.substring(0, 10_000);
        sb.setLength(10_000);
        String text = sb + " Nursing, medication and patient care. ".repeat(1_000);
        assertThat(text.length()).isGreaterThan(40_000);
        assertThat(embedder.embed(text)).containsExactly(embedder.embed(head));
    }

    @Test
    void doesNotSplitASurrogatePairWhenCutting() {
        String text = "a".repeat(9_999) + "\uD83D\uDE00" + " trailing words";
        assertThat(embedder.embed(text)).containsExactly(embedder.embed("a".repeat(9_999)));
    }

    @Test
    void givesIdenticalVectorsFromEightThreads() throws Exception {
        List<String> texts = List.of("software developer writes code", "nurse administers medication",
                "Prepares and examines financial records and tax returns",
                "Implements algorithms in Java and Python and tests them");
        List<float[]> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(embedder.embed(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                Callable<List<float[]>> task = () -> {
                    start.await();
                    List<float[]> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (String t : texts) {
                            out.add(embedder.embed(t));
                        }
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<float[]>> f : futures) {
                List<float[]> got = f.get();
                assertThat(got).hasSize(texts.size() * 5);
                for (int k = 0; k < got.size(); k++) {
                    assertThat(got.get(k)).containsExactly(expected.get(k % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package io.github.opennqf.matching;

import static io.github.opennqf.matching.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Hybrid ranking with a hand-written embedder: lexical fallback, and query embeddings computed once. */
class HybridRankingTest {
    /** A standard in Greek: the fake model's tokenizer (ASCII letters only) keeps nothing of it. */
    private static final ProfessionalStandard GREEK = standard("PS-GR", "Λογιστής", "6",
            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Λογιστικές αρχές και φορολογικό δίκαιο"));

    /**
     * Letter counts a–z as the embedding; like a real tokenizer that drops every character it has
     * no token for, it throws {@link IllegalArgumentException} when no ASCII letter is left.
     */
    static final class LetterEmbedder implements SentenceEmbedder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "letters";
        }

        @Override
        public Set<String> languages() {
            return Set.of();
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            float[] v = new float[26];
            boolean any = false;
            for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    v[c - 'a']++;
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("text has no token that model 'letters' can embed: " + text);
            }
            return v;
        }
    }

    private static List<ProfessionalStandard> withGreek() {
        List<ProfessionalStandard> standards = standards();
        standards.add(GREEK);
        return standards;
    }

    private static double score(List<CandidateScore> scores, String id) {
        return scores.stream().filter(c -> c.candidateId().equals(id)).findFirst().orElseThrow().score();
    }

    /** A distinct object equal to {@link Fixtures#CS}. */
    private static EducationalProgram copyOfCs() {
        EducationalProgram copy = new EducationalProgram(CS.id(), CS.code(), CS.title(), CS.level(),
                CS.awardedQualification(), CS.credits(), CS.field(), CS.modules(), CS.outcomes(), CS.standardCodes());
        assertThat(copy).isEqualTo(CS).isNotSameAs(CS);
        return copy;
    }

    @Test
    void aDocumentWhoseWholeTextTheModelDropsIsRankedLexically() {
        LetterEmbedder embedder = new LetterEmbedder();
        // building used to fail here: the embedder throws on the Greek standard
        Matcher hybrid = Matcher.builder().standards(withGreek()).embedder(embedder).build();
        Matcher lexical = Matcher.builder().standards(withGreek()).build();
        // two views (title, and title with first statement) per standard; the Greek one stops at the first
        assertThat(embedder.calls.get()).isEqualTo(3 * 2 + 1);

        List<CandidateScore> mixed = hybrid.scoreStandards(CS);
        List<CandidateScore> plain = lexical.scoreStandards(CS);
        assertThat(score(mixed, "PS-GR")).isEqualTo(score(plain, "PS-GR"));
        assertThat(score(mixed, "PS-SE")).isNotEqualTo(score(plain, "PS-SE"));

        // a query the model drops is ranked lexically against every standard
        EducationalProgram greek = program("GR", "Λογιστική", "6",
                lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Λογιστικές αρχές"));
        assertThat(hybrid.scoreStandards(greek)).isEqualTo(lexical.scoreStandards(greek));
        assertThat(hybrid.rankStandards(greek, 2).get(0).candidateId()).isEqualTo("PS-GR");
    }

    @Test
    void anUncompiledQueryIsEmbeddedOnceAndGivesTheSameResults() {
        LetterEmbedder embedder = new LetterEmbedder();
        Matcher hybrid = Matcher.builder().standards(standards()).embedder(embedder).build();
        int afterBuild = embedder.calls.get();

        List<CandidateScore> scores = hybrid.scoreStandards(CS);
        List<RankedMatch> top = hybrid.rankStandards(CS, 2);
        Ranking ranking = hybrid.standardRanking(CS, 2);
        // embedded once: its two views
        assertThat(embedder.calls.get()).isEqualTo(afterBuild + 2);
        assertThat(hybrid.scoreStandards(CS)).isEqualTo(scores);
        assertThat(ranking.candidates()).isEqualTo(scores);
        assertThat(ranking.explained()).isEqualTo(top);

        // the same results as a matcher that never saw the program, and as for an equal copy
        Matcher fresh = Matcher.builder().standards(standards()).embedder(new LetterEmbedder()).build();
        assertThat(fresh.scoreStandards(CS)).isEqualTo(scores);
        EducationalProgram copy = copyOfCs();
        assertThat(hybrid.scoreStandards(copy)).isEqualTo(scores);
        assertThat(embedder.calls.get()).isEqualTo(afterBuild + 4);

        // an uncompiled standard as a query, too
        Matcher withPrograms = Matcher.builder().standards(standards()).programs(programs()).embedder(embedder).build();
        int before = embedder.calls.get();
        List<CandidateScore> programsForGreek = withPrograms.scorePrograms(GREEK);
        List<CandidateScore> programsForSoftware = withPrograms.scorePrograms(SOFTWARE);
        withPrograms.rankPrograms(GREEK, 1);
        withPrograms.rankPrograms(SOFTWARE, 1);
        assertThat(withPrograms.scorePrograms(GREEK)).isEqualTo(programsForGreek);
        assertThat(withPrograms.scorePrograms(SOFTWARE)).isEqualTo(programsForSoftware);
        // GREEK is not compiled in (one call, which throws, then remembered as none); SOFTWARE is
        assertThat(embedder.calls.get()).isEqualTo(before + 1);
    }

    @Test
    void compiledQueriesUseTheEmbeddingsMadeAtBuildTime() {
        LetterEmbedder embedder = new LetterEmbedder();
        Matcher hybrid = Matcher.builder().standards(standards()).programs(programs()).embedder(embedder).build();
        int afterBuild = embedder.calls.get();
        List<RankedMatch> same = hybrid.rankStandards(CS, 3);
        // an equal copy is recognised by id and content: compiled vectors and embedding, no model run
        assertThat(hybrid.rankStandards(copyOfCs(), 3)).isEqualTo(same);
        hybrid.rankPrograms(SOFTWARE, 2);
        assertThat(embedder.calls.get()).isEqualTo(afterBuild);
        // same id, other content: analysed and embedded as a new query
        EducationalProgram changed = program(CS.id(), "Software engineering", "6",
                lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Knows relational database design"));
        hybrid.rankStandards(changed, 3);
        assertThat(embedder.calls.get()).isEqualTo(afterBuild + 2);
        assertThat(hybrid.coverage(changed, SOFTWARE).requirements().get(0).nearest().orElseThrow().statement())
                .isEqualTo("Knows relational database design");
    }

    @Test
    void manyThreadsOnOneHybridMatcherAgreeWithOneThread() throws Exception {
        Matcher hybrid = Matcher.builder().standards(withGreek()).embedder(new LetterEmbedder()).build();
        List<EducationalProgram> queries = new ArrayList<>(programs());
        for (int i = 0; i < 100; i++) {
            // more distinct queries than the cache has slots
            queries.add(program("Q" + i, "Program " + i, "6",
                    lo("LO1", DescriptorCategory.KZ_SKILLS, "Develops software and " + "abcdefghij".charAt(i % 10))));
        }
        Matcher reference = Matcher.builder().standards(withGreek()).embedder(new LetterEmbedder()).build();
        List<Ranking> expected = new ArrayList<>();
        for (EducationalProgram q : queries) {
            expected.add(reference.standardRanking(q, 2));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < queries.size(); i++) {
                            int k = (i * 7 + offset) % queries.size();
                            if (!hybrid.standardRanking(queries.get(k), 2).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

}

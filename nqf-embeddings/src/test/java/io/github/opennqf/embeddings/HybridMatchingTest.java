package io.github.opennqf.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridMatchingTest {
    private static MiniLmEmbedder miniLm;

    @BeforeAll
    static void load() {
        miniLm = MiniLmEmbedder.instance();
    }

    @Test
    void hybridRanksTheSoftwareEngineerStandardFirstForASoftwareProgram() {
        EducationalProgram program = Documents.englishSoftwareProgram();
        Matcher hybrid = Matcher.builder().standards(Documents.englishStandards()).embedder(miniLm).build();
        List<RankedMatch> ranked = hybrid.rankStandards(program, 3);
        assertThat(ranked).extracting(RankedMatch::candidateId).first().isEqualTo("PS-SE");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score() + 0.1);
    }

    @Test
    void theEmbeddingAloneAlsoRanksItFirstAndChangesTheScores() {
        EducationalProgram program = Documents.englishSoftwareProgram();
        List<ProfessionalStandard> standards = Documents.englishStandards();
        Matcher lexical = Matcher.builder().standards(standards).build();
        Matcher embeddingOnly = Matcher.builder().standards(standards).embedder(miniLm)
                .config(MatchingConfig.DEFAULTS.withHybridWeight(1.0)).build();
        List<CandidateScore> byEmbedding = embeddingOnly.scoreStandards(program);
        assertThat(byEmbedding).extracting(CandidateScore::candidateId).first().isEqualTo("PS-SE");
        // The embedding is really used on English documents: the scores differ from lexical ones.
        assertThat(byEmbedding).extracting(CandidateScore::score)
                .isNotEqualTo(lexical.scoreStandards(program).stream().map(CandidateScore::score).toList());
    }

    @Test
    void onRussianDocumentsTheHybridScoresEqualTheLexicalOnesExactly() {
        CountingEmbedder counting = new CountingEmbedder(miniLm);
        List<ProfessionalStandard> standards = Documents.russianStandards();
        List<EducationalProgram> programs = Documents.russianPrograms();
        Matcher lexical = Matcher.builder().standards(standards).programs(programs).build();
        Matcher hybrid = Matcher.builder().standards(standards).programs(programs).embedder(counting).build();
        for (EducationalProgram p : programs) {
            assertThat(hybrid.scoreStandards(p)).isEqualTo(lexical.scoreStandards(p));
            assertThat(hybrid.rankStandards(p, 3)).extracting(RankedMatch::candidateId, RankedMatch::score)
                    .isEqualTo(lexical.rankStandards(p, 3).stream()
                            .map(m -> org.assertj.core.groups.Tuple.tuple(m.candidateId(), m.score())).toList());
        }
        for (ProfessionalStandard s : standards) {
            assertThat(hybrid.scorePrograms(s)).isEqualTo(lexical.scorePrograms(s));
        }
        assertThat(hybrid.scoreStandards(programs.get(0))).extracting(CandidateScore::candidateId).first()
                .isEqualTo("06.001");
        // The English-only model was never asked to embed Russian text.
        assertThat(counting.calls.get()).isZero();
    }

    /** Delegates and counts calls. */
    private static final class CountingEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder delegate;
        final AtomicInteger calls = new AtomicInteger();

        CountingEmbedder(SentenceEmbedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public Set<String> languages() {
            return delegate.languages();
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            return delegate.embed(text);
        }
    }
}

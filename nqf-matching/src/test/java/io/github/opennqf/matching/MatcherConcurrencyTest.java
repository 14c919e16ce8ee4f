package io.github.opennqf.matching;

import static io.github.opennqf.matching.MatcherPropertiesTest.WORDS;
import static io.github.opennqf.matching.MatcherPropertiesTest.program;
import static io.github.opennqf.matching.MatcherPropertiesTest.standard;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** 64 tasks on 16 threads share one matcher and must agree with a single-threaded run. */
class MatcherConcurrencyTest {
    @Test
    void manyThreadsOnOneMatcherAgreeWithOneThread() throws Exception {
        List<ProfessionalStandard> standards = new ArrayList<>();
        List<EducationalProgram> programs = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            List<String> reqs = new ArrayList<>();
            List<String> outs = new ArrayList<>();
            for (int j = 0; j < 8; j++) {
                reqs.add(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
                outs.add(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]);
            }
            standards.add(standard("S" + i, reqs, 3 + random.nextInt(5)));
            programs.add(program("P" + i, outs, 3 + random.nextInt(5)));
        }
        Matcher matcher = Matcher.builder().standards(standards).programs(programs).build();
        List<List<RankedMatch>> expected = new ArrayList<>();
        for (EducationalProgram p : programs) {
            expected.add(matcher.rankStandards(p, 5));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < programs.size(); i++) {
                        int k = (i + offset) % programs.size();
                        if (!matcher.rankStandards(programs.get(k), 5).equals(expected.get(k))) {
                            return false;
                        }
                        matcher.rankPrograms(standards.get(k), 3);
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

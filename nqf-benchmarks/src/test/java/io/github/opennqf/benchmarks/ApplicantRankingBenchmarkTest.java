package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/** The applicant benchmark's data are what its javadoc says, and both sides do the work they claim. */
class ApplicantRankingBenchmarkTest {
    @Test
    void generatedApplicantsHaveTwentyStatementsRepeatingAsDocumentedAndTheSameSeedGivesTheSameApplicants() {
        GeneratedApplicants generator = GeneratedApplicants.fromTexts(CipsocDev.dir(), 7);
        List<ApplicantProfile> a = generator.generate(500, ApplicantRankingBenchmark.ON);
        assertThat(a).isEqualTo(GeneratedApplicants.fromTexts(CipsocDev.dir(), 7).generate(500, ApplicantRankingBenchmark.ON));
        assertThat(a).isNotEqualTo(GeneratedApplicants.fromTexts(CipsocDev.dir(), 8).generate(500, ApplicantRankingBenchmark.ON));
        Set<String> tasks = new HashSet<>();
        int taskCount = 0;
        for (ApplicantProfile p : a) {
            int statements = 0;
            for (var e : p.evidence()) {
                if (e instanceof CourseCertificate c) {
                    statements += 1 + c.outcomes().size();
                } else if (e instanceof WorkExperience w) {
                    statements += 1 + w.tasks().size();
                    for (var t : w.tasks()) {
                        tasks.add(t.toString());
                        taskCount++;
                    }
                } else if (!(e instanceof io.github.opennqf.evidence.Diploma)) {
                    statements++;
                }
            }
            assertThat(statements).isEqualTo(20);
        }
        // tasks are new text: almost none repeats
        assertThat(tasks.size()).isGreaterThan(taskCount * 95 / 100);
    }

    @Test
    void bothSidesRankTheApplicantsAndTheListedScoresAreTheAssessments() throws Exception {
        ApplicantRankingBenchmark benchmark = new ApplicantRankingBenchmark();
        benchmark.threads = 2;
        benchmark.tasks = "new";
        CipsocDev.setUp(benchmark::setUp);
        try {
            List<ApplicantProfile> some = benchmark.profiles().subList(0, 500);
            ApplicantRanking ranking = benchmark.assessor().rank(some, 10, benchmark.executor());
            assertThat(ranking.assessed()).isEqualTo(500);
            assertThat(ranking.top()).hasSize(10);
            for (ApplicantAssessment a : ranking.top()) {
                assertThat(a.score()).isPositive();
                assertThat(a.skills().requirements()).hasSize(20);
            }
            // the same ranking single-threaded, from the assessments of everyone
            ExecutorService one = Executors.newSingleThreadExecutor();
            try {
                assertThat(benchmark.assessor().rank(some, 10, one)).isEqualTo(ranking);
            } finally {
                one.shutdownNow();
            }
            TopDocs lucene = benchmark.lucene().rank(some, 10, benchmark.executor());
            assertThat(lucene.scoreDocs).hasSize(10);
            assertThat(lucene.totalHits.value).isGreaterThan(250);
        } finally {
            benchmark.tearDown();
        }
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Russian programs written for OpenNQF find the right real Russian professional standards. */
class RussianEvaluationTest {
    private Path data;

    @BeforeEach
    void data() {
        data = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).resolve("ru-standards");
        Assumptions.assumeTrue(Files.isDirectory(data), "shared data not found at " + data.toAbsolutePath()
                + ": Russian real-data test skipped");
    }

    @Test
    void itOutcomesFindTheItStandards() throws Exception {
        Matcher matcher = Matcher.builder().standards(RussianEvaluation.standards(data)).build();
        EducationalProgram se = RussianEvaluation.programs().stream().filter(p -> p.id().equals("RU-SE")).findFirst().orElseThrow();
        List<CandidateScore> ranking = matcher.scoreStandards(se);
        assertThat(ranking.subList(0, 5)).allSatisfy(c -> assertThat(c.candidateId()).startsWith("06."));
        assertThat(ranking.get(0).candidateId()).isIn("06.001", "06.028", "06.017", "06.003", "06.004", "06.035");
        EducationalProgram db = RussianEvaluation.programs().stream().filter(p -> p.id().equals("IT-DB")).findFirst().orElseThrow();
        assertThat(matcher.scoreStandards(db).get(0).candidateId()).isEqualTo("06.011");
    }

    @Test
    void outcomesInVerbsFindTheLabourActionsInVerbalNouns() throws Exception {
        List<ProfessionalStandard> standards = RussianEvaluation.standards(data);
        Matcher matcher = Matcher.builder().standards(standards).build();
        QuerySet.RewriteMetrics rewrites = RussianEvaluation.QUERIES.rewrites("rewrites.csv", matcher, standards,
                MatchingConfig.DEFAULTS);
        assertThat(rewrites.queries()).isEqualTo(45);
        assertThat(rewrites.meanScore()).isGreaterThan(0.75);
        assertThat(rewrites.requirementMrr()).isGreaterThan(0.9);
        RankingMetrics verbs = QuerySet.evaluate(matcher, RussianEvaluation.QUERIES.programs("verb-programs.csv"),
                RussianEvaluation.QUERIES.gold("verb-gold.csv"));
        assertThat(verbs.queries()).isEqualTo(18);
        assertThat(verbs.map()).isGreaterThan(0.9);
    }

    @Test
    void russianStemmingHelpsOnThisSet() throws Exception {
        RankingMetrics stemmed = RussianEvaluation.evaluate(data, MatchingConfig.DEFAULTS);
        RankingMetrics plain = RussianEvaluation.evaluate(data, MatchingConfig.DEFAULTS.withRussianStemming(false));
        assertThat(stemmed.map()).isGreaterThan(0.9);
        assertThat(stemmed.map()).isGreaterThan(plain.map());
        assertThat(stemmed.mrr()).isGreaterThanOrEqualTo(plain.mrr());
    }
}

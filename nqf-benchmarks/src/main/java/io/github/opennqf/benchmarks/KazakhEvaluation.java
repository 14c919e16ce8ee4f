package io.github.opennqf.benchmarks;

import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kazakh evaluation, with and without Kazakh stemming, on texts written for OpenNQF and bundled as
 * resources (there is no public Kazakh data set of standards with program links):
 * <ul>
 *   <li>{@code standards.csv}: 26 Kazakh professional standards (IT, finance, education, health,
 *       construction, energy, agriculture, hospitality, chemistry, logistics, with neighbours that
 *       share words: tester and developer, auditor and accountant, paramedic and nurse) whose requirements
 *       name labour actions with verbal nouns ("Деректер қорының құрылымын жобалау"), as Kazakh
 *       standards do;</li>
 *   <li>{@code programs.csv}: 22 programs whose outcomes say the same with finite verbs and other
 *       inflections ("Деректер қорларын жобалайды", "…әзірлей алады", "…біледі"), with their relevant
 *       standards ({@code gold.csv}), each ranking every standard;</li>
 *   <li>each outcome alone, as a program without a title, ranking every standard;</li>
 *   <li>{@code rewrites.csv}: 56 skill requirements rewritten as a learning outcome would say them
 *       ("Желі трафигін бақылау" → "Желі трафигін бақылайды"); each rewrite alone is scored against
 *       its source standard, and the measures are its source requirement's score and rank there.</li>
 * </ul>
 * Without stemming the analysis keeps whole lower-cased words and adds the character n-grams it
 * always adds for Kazakh.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.KazakhEvaluation
 * </pre>
 */
public final class KazakhEvaluation {
    /** The bundled Kazakh standards and query sets. */
    public static final QuerySet QUERIES = new QuerySet("kk", "kk");

    private KazakhEvaluation() {}

    /**
     * The figures of one configuration.
     *
     * @param programs whole programs ranking every standard
     * @param outcomesAlone each outcome alone ranking every standard
     * @param rewrites rewrites scored against their source standard
     */
    public record Result(RankingMetrics programs, RankingMetrics outcomesAlone, QuerySet.RewriteMetrics rewrites) {
        @Override
        public String toString() {
            return "  programs:          " + programs + "\n  outcomes alone:    " + outcomesAlone
                    + "\n  rewrites:          " + rewrites;
        }
    }

    public static void main(String[] args) throws IOException {
        for (boolean stemming : new boolean[] {true, false}) {
            System.out.println(stemming ? "with stemming" : "without stemming");
            System.out.println(run(MatchingConfig.DEFAULTS.withKazakhStemming(stemming)));
        }
    }

    /**
     * @param config the matcher's configuration
     * @return the figures of every bundled query set
     */
    public static Result run(MatchingConfig config) throws IOException {
        List<ProfessionalStandard> standards = QUERIES.standards("standards.csv");
        List<EducationalProgram> programs = QUERIES.programs("programs.csv");
        Map<String, Set<String>> gold = QUERIES.gold("gold.csv");
        Matcher matcher = Matcher.builder().config(config).standards(standards).build();
        return new Result(QuerySet.evaluate(matcher, programs, gold),
                QuerySet.evaluate(matcher, QUERIES.outcomesAlone(programs), gold),
                QUERIES.rewrites("rewrites.csv", matcher, standards, config));
    }
}

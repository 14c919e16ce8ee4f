package io.github.opennqf.benchmarks;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Russian evaluation against the 50 real Russian professional standards in
 * {@code ../shared/data/ru-standards}, with and without Russian stemming, on query sets written for
 * OpenNQF and bundled as resources:
 * <ul>
 *   <li>{@code programs.csv}: 16 Russian programs with their relevant standards ({@code gold.csv}),
 *       each ranking every standard;</li>
 *   <li>{@code verb-programs.csv}: 18 more programs, for standards the first set leaves out, whose
 *       outcomes are all phrased with verbs ("Проектирует…", "Обслуживает…") where the standards
 *       use verbal nouns ({@code verb-gold.csv});</li>
 *   <li>each outcome of both sets alone, as a program without a title, ranking every standard: far
 *       less text per query than a whole program, so harder;</li>
 *   <li>{@code rewrites.csv}: 45 labour actions drawn at random from the standards (seed 11) and
 *       rewritten as a learning outcome would say them ("Разработка и описание порядка работ" →
 *       "Разрабатывает и описывает порядок работ"); each rewrite alone is scored against its
 *       source standard, and the measures are its source requirement's score and rank there.</li>
 * </ul>
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.RussianEvaluation [--data ../shared/data/ru-standards]
 * </pre>
 */
public final class RussianEvaluation {
    /** The bundled Russian query sets. */
    public static final QuerySet QUERIES = new QuerySet("ru", "ru");

    private RussianEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length == 2 && args[0].equals("--data") ? args[1] : "../shared/data/ru-standards");
        if (!Files.isDirectory(data)) {
            System.err.println("data directory not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        List<ProfessionalStandard> standards = standards(data);
        List<EducationalProgram> bundled = programs();
        List<EducationalProgram> verbs = QUERIES.programs("verb-programs.csv");
        Map<String, Set<String>> gold = gold();
        gold.putAll(QUERIES.gold("verb-gold.csv"));
        List<EducationalProgram> both = new ArrayList<>(bundled);
        both.addAll(verbs);
        for (boolean stemming : new boolean[] {true, false}) {
            MatchingConfig config = MatchingConfig.DEFAULTS.withRussianStemming(stemming);
            Matcher matcher = Matcher.builder().config(config).standards(standards).build();
            System.out.println(stemming ? "with stemming" : "without stemming");
            System.out.println("  programs:          " + QuerySet.evaluate(matcher, bundled, gold));
            System.out.println("  verb programs:     " + QuerySet.evaluate(matcher, verbs, gold));
            System.out.println("  outcomes alone:    " + QuerySet.evaluate(matcher, QUERIES.outcomesAlone(both), gold));
            System.out.println("  rewrites:          " + QUERIES.rewrites("rewrites.csv", matcher, standards, config));
        }
    }

    /** Ranks every standard for each bundled Russian program of {@code programs.csv} and averages the measures. */
    public static RankingMetrics evaluate(Path data, MatchingConfig config) throws IOException {
        Matcher matcher = Matcher.builder().config(config).standards(standards(data)).build();
        return QuerySet.evaluate(matcher, programs(), gold());
    }

    /** @return the bundled Russian programs of {@code programs.csv} */
    public static List<EducationalProgram> programs() throws IOException {
        return QUERIES.programs("programs.csv");
    }

    /** @return program id to its relevant standard codes, from {@code gold.csv} */
    public static Map<String, Set<String>> gold() throws IOException {
        return QUERIES.gold("gold.csv");
    }

    /**
     * @param data the {@code ru-standards} directory
     * @return its standards, read as Russian
     */
    public static List<ProfessionalStandard> standards(Path data) throws IOException {
        return TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLanguage("ru"))
                .readStandards(data.resolve("standards.csv"));
    }
}

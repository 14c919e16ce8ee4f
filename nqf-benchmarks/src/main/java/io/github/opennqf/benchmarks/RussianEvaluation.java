package io.github.opennqf.benchmarks;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.MultilingualText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private RussianEvaluation() {}

    /**
     * Measures on the rewrites.
     *
     * @param queries the number of rewrites
     * @param meanScore the mean score of the source requirement
     * @param covered how many source requirements score at least the covered threshold
     * @param requirementMrr the mean reciprocal rank of the source requirement among its standard's
     *     requirements (ties count against it)
     * @param standardMrr the mean reciprocal rank of the source standard among all standards
     */
    public record RewriteMetrics(int queries, double meanScore, int covered, double requirementMrr, double standardMrr) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "queries=%d source score=%.3f covered=%d requirement MRR=%.3f"
                    + " standard MRR=%.3f", queries, meanScore, covered, requirementMrr, standardMrr);
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length == 2 && args[0].equals("--data") ? args[1] : "../shared/data/ru-standards");
        if (!Files.isDirectory(data)) {
            System.err.println("data directory not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        List<ProfessionalStandard> standards = standards(data);
        List<EducationalProgram> bundled = programs();
        List<EducationalProgram> verbs = programs("verb-programs.csv");
        Map<String, Set<String>> gold = gold();
        gold.putAll(gold("verb-gold.csv"));
        List<EducationalProgram> both = new ArrayList<>(bundled);
        both.addAll(verbs);
        for (boolean stemming : new boolean[] {true, false}) {
            MatchingConfig config = MatchingConfig.DEFAULTS.withRussianStemming(stemming);
            Matcher matcher = Matcher.builder().config(config).standards(standards).build();
            System.out.println(stemming ? "with stemming" : "without stemming");
            System.out.println("  programs:          " + evaluate(matcher, bundled, gold));
            System.out.println("  verb programs:     " + evaluate(matcher, verbs, gold));
            System.out.println("  outcomes alone:    " + evaluate(matcher, outcomesAlone(both), gold));
            System.out.println("  rewrites:          " + rewrites(matcher, standards, config));
        }
    }

    /** Ranks every standard for each bundled Russian program of {@code programs.csv} and averages the measures. */
    public static RankingMetrics evaluate(Path data, MatchingConfig config) throws IOException {
        Matcher matcher = Matcher.builder().config(config).standards(standards(data)).build();
        return evaluate(matcher, programs(), gold());
    }

    /**
     * @param matcher compiled from the standards
     * @param programs the queries
     * @param gold program id to its relevant standard codes, for every program
     * @return the mean measures
     */
    public static RankingMetrics evaluate(Matcher matcher, List<EducationalProgram> programs, Map<String, Set<String>> gold) {
        List<RankingMetrics.Query> perQuery = new ArrayList<>();
        for (EducationalProgram p : programs) {
            List<String> ranking = new ArrayList<>();
            for (CandidateScore c : matcher.scoreStandards(p)) {
                ranking.add(c.candidateId());
            }
            perQuery.add(RankingMetrics.of(ranking, gold.get(p.id()), 10));
        }
        return RankingMetrics.mean(perQuery);
    }

    /**
     * @param programs whole programs
     * @return one program per outcome, with the program's id (so its gold applies), level and no title
     */
    public static List<EducationalProgram> outcomesAlone(List<EducationalProgram> programs) {
        List<EducationalProgram> single = new ArrayList<>();
        for (EducationalProgram p : programs) {
            for (LearningOutcome o : p.outcomes()) {
                single.add(EducationalProgram.builder(p.id(), MultilingualText.of("ru", "-"), p.level())
                        .outcomes(List.of(o)).build());
            }
        }
        return single;
    }

    /** Scores each bundled rewrite, as a skill outcome of a program without level, against its source standard. */
    public static RewriteMetrics rewrites(Matcher matcher, List<ProfessionalStandard> standards, MatchingConfig config)
            throws IOException {
        Map<String, ProfessionalStandard> byCode = new HashMap<>();
        for (ProfessionalStandard s : standards) {
            byCode.put(s.code(), s);
        }
        int n = 0;
        int covered = 0;
        double score = 0;
        double requirementRr = 0;
        double standardRr = 0;
        for (String[] rewrite : rewriteLines()) {
            String requirementId = rewrite[0];
            String code = requirementId.substring(0, requirementId.indexOf("-R"));
            EducationalProgram query = EducationalProgram.builder("Q" + n, MultilingualText.of("ru", "-"), null)
                    .outcomes(List.of(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS,
                            MultilingualText.of("ru", rewrite[1])))).build();
            CoverageReport report = matcher.coverage(query, byCode.get(code));
            double own = report.requirements().stream().filter(m -> m.requirement().id().equals(requirementId))
                    .mapToDouble(RequirementMatch::score).findFirst().orElseThrow();
            long rank = report.requirements().stream().filter(m -> m.score() >= own).count();
            List<String> ranking = new ArrayList<>();
            for (CandidateScore c : matcher.scoreStandards(query)) {
                ranking.add(c.candidateId());
            }
            n++;
            score += own;
            covered += own >= config.coveredThreshold() ? 1 : 0;
            requirementRr += 1.0 / rank;
            standardRr += 1.0 / (ranking.indexOf(code) + 1);
        }
        return new RewriteMetrics(n, score / n, covered, requirementRr / n, standardRr / n);
    }

    /** @return the bundled Russian programs of {@code programs.csv} */
    public static List<EducationalProgram> programs() throws IOException {
        return programs("programs.csv");
    }

    /** @return program id to its relevant standard codes, from {@code gold.csv} */
    public static Map<String, Set<String>> gold() throws IOException {
        return gold("gold.csv");
    }

    /**
     * @param name a bundled programs file: {@code programs.csv} or {@code verb-programs.csv}
     * @return its programs
     */
    public static List<EducationalProgram> programs(String name) throws IOException {
        try (Reader in = resource(name)) {
            return TabularFormat.readPrograms(in, "ru/" + name, TabularOptions.DEFAULTS);
        }
    }

    /**
     * @param name a bundled gold file: {@code gold.csv} or {@code verb-gold.csv}
     * @return program id to its relevant standard codes
     */
    public static Map<String, Set<String>> gold(String name) throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        for (String line : lines(name)) {
            String[] cells = line.split(",");
            gold.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
        }
        return gold;
    }

    private static List<String[]> rewriteLines() throws IOException {
        List<String[]> rewrites = new ArrayList<>();
        for (String line : lines("rewrites.csv")) {
            int comma = line.indexOf(',');
            rewrites.add(new String[] {line.substring(0, comma), line.substring(comma + 1)});
        }
        return rewrites;
    }

    private static List<ProfessionalStandard> standards(Path data) throws IOException {
        return TabularFormat.readStandards(data.resolve("standards.csv"), TabularOptions.DEFAULTS.withLanguage("ru"));
    }

    /** The lines of a bundled file after its header. */
    private static List<String> lines(String name) throws IOException {
        try (BufferedReader in = new BufferedReader(resource(name))) {
            List<String> lines = in.lines().toList();
            return lines.subList(1, lines.size());
        }
    }

    private static Reader resource(String name) {
        return new InputStreamReader(RussianEvaluation.class.getResourceAsStream("ru/" + name), StandardCharsets.UTF_8);
    }
}

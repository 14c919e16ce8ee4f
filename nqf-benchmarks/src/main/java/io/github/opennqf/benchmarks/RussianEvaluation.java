package io.github.opennqf.benchmarks;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
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
 * Russian evaluation: six Russian programs written for OpenNQF (bundled as resources, with
 * their relevant standards) ranked against the 50 real Russian professional standards in
 * {@code ../shared/data/ru-standards}, with and without Russian stemming.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.RussianEvaluation [--data ../shared/data/ru-standards]
 * </pre>
 */
public final class RussianEvaluation {
    private RussianEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length == 2 && args[0].equals("--data") ? args[1] : "../shared/data/ru-standards");
        if (!Files.isDirectory(data)) {
            System.err.println("data directory not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        for (boolean stemming : new boolean[] {true, false}) {
            System.out.println((stemming ? "with stemming:    " : "without stemming: ")
                    + evaluate(data, MatchingConfig.DEFAULTS.withRussianStemming(stemming)));
        }
    }

    /** Ranks every standard for each bundled Russian program and averages the measures. */
    public static RankingMetrics evaluate(Path data, MatchingConfig config) throws IOException {
        List<ProfessionalStandard> standards = TabularFormat.readStandards(data.resolve("standards.csv"),
                TabularOptions.DEFAULTS.withLanguage("ru"));
        List<EducationalProgram> programs = programs();
        Map<String, Set<String>> gold = gold();
        Matcher matcher = Matcher.builder().config(config).standards(standards).build();
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

    /** @return the bundled Russian programs */
    public static List<EducationalProgram> programs() throws IOException {
        try (Reader in = resource("programs.csv")) {
            return TabularFormat.readPrograms(in, "ru/programs.csv", TabularOptions.DEFAULTS);
        }
    }

    /** @return program id to its relevant standard codes */
    public static Map<String, Set<String>> gold() throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        try (Reader in = resource("gold.csv")) {
            List<String> lines = new java.io.BufferedReader(in).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                gold.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
            }
        }
        return gold;
    }

    private static Reader resource(String name) {
        return new InputStreamReader(RussianEvaluation.class.getResourceAsStream("ru/" + name), StandardCharsets.UTF_8);
    }
}

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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query sets written for OpenNQF in one language and bundled as resources of this module under
 * {@code io/github/opennqf/benchmarks/<directory>/}: programs in the tabular format with their
 * relevant standards (a {@code program_id,standard_id} gold file), and rewrites
 * ({@code requirement_id,outcome_text}: a requirement as a learning outcome would say it). Used by
 * {@link RussianEvaluation} and {@link KazakhEvaluation}.
 *
 * <p>Immutable and thread-safe. A file that is not bundled, or a rewrite of a requirement whose
 * standard is not given, gets an {@link IOException} naming it.
 *
 * @param directory the resource directory, e.g. {@code ru}
 * @param language the language tag of the texts, e.g. {@code ru}
 */
public record QuerySet(String directory, String language) {

    /**
     * Measures on rewrites.
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

    /**
     * @param name a bundled programs file
     * @return its programs
     */
    public List<EducationalProgram> programs(String name) throws IOException {
        try (Reader in = resource(name)) {
            return TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLanguage(language))
                    .readPrograms(in, directory + "/" + name);
        }
    }

    /**
     * @param name a bundled standards file
     * @return its standards
     */
    public List<ProfessionalStandard> standards(String name) throws IOException {
        try (Reader in = resource(name)) {
            return TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLanguage(language))
                    .readStandards(in, directory + "/" + name);
        }
    }

    /**
     * @param name a bundled gold file
     * @return program id to its relevant standard codes
     */
    public Map<String, Set<String>> gold(String name) throws IOException {
        return links(lines(name), directory + "/" + name);
    }

    /**
     * @param rows the rows of a {@code program_id,standard_id[,…]} file after its header
     * @param source the file, for errors
     * @return program id to its relevant standard codes
     * @throws IOException naming the file and line of a row with fewer than two cells
     */
    static Map<String, Set<String>> links(List<String> rows, String source) throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            if (cells.length < 2) {
                throw new IOException(source + ":" + (i + 2) + ": expected program_id,standard_id, was '" + rows.get(i) + "'");
            }
            gold.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
        }
        return gold;
    }

    /**
     * Ranks every standard of the matcher for each program and averages the measures.
     *
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
    public List<EducationalProgram> outcomesAlone(List<EducationalProgram> programs) {
        List<EducationalProgram> single = new ArrayList<>();
        for (EducationalProgram p : programs) {
            for (LearningOutcome o : p.outcomes()) {
                single.add(EducationalProgram.builder(p.id(), MultilingualText.of(language, "-"), p.level())
                        .outcomes(List.of(o)).build());
            }
        }
        return single;
    }

    /**
     * Scores each rewrite of a bundled rewrites file, as a skill outcome of a program without level,
     * against its source standard (the requirement id up to {@code -R}).
     *
     * @param name the bundled rewrites file
     * @param matcher compiled from {@code standards}
     * @param standards every standard a rewrite names
     * @param config the matcher's configuration, for its covered threshold
     * @return the mean measures
     */
    public RewriteMetrics rewrites(String name, Matcher matcher, List<ProfessionalStandard> standards, MatchingConfig config)
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
        for (String line : lines(name)) {
            int comma = line.indexOf(',');
            String requirementId = line.substring(0, comma);
            String code = requirementId.substring(0, requirementId.lastIndexOf("-R"));
            EducationalProgram query = EducationalProgram.builder("Q" + n, MultilingualText.of(language, "-"), null)
                    .outcomes(List.of(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS,
                            MultilingualText.of(language, line.substring(comma + 1))))).build();
            ProfessionalStandard source = byCode.get(code);
            if (source == null) {
                throw new IOException(directory + "/" + name + ": rewrite of " + requirementId + " names no known standard");
            }
            CoverageReport report = matcher.coverage(query, source);
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

    /** The lines of a bundled file after its header. */
    private List<String> lines(String name) throws IOException {
        try (BufferedReader in = new BufferedReader(resource(name))) {
            List<String> lines = in.lines().toList();
            return lines.subList(1, lines.size());
        }
    }

    private Reader resource(String name) throws IOException {
        InputStream in = QuerySet.class.getResourceAsStream(directory + "/" + name);
        if (in == null) {
            throw new IOException("no bundled query file " + directory + "/" + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

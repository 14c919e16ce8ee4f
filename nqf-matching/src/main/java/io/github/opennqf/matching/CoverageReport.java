package io.github.opennqf.matching;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well one query (an educational program, a person's evidence, free text) covers one
 * professional standard, or one profession card or labour function of it ({@link CoverageScope}),
 * explained requirement by requirement.
 *
 * <pre>{@code
 * CoverageReport report = matcher.coverage(program, standard);
 * report.score();          // weighted coverage in [0, 1]
 * for (RequirementMatch m : report.gaps()) {
 *     System.out.println(m.requirement().id() + " " + m.status() + " nearest: "
 *             + m.nearest().map(StatementSupport::why).orElse("none"));
 * }
 * }</pre>
 *
 * <p>{@link #score()} is the weighted mean of the requirement scores, each requirement weighing
 * its weight times the essential factor when essential; {@link #coveredShare()} is the weighted
 * share of requirements whose status is {@link CoverageStatus#COVERED}; both count only the
 * requirements in {@link #scope()}. A scope without requirements has coverage 0. Immutable and thread-safe.
 *
 * @param queryId the query (for a program, its id)
 * @param standardId the standard
 * @param scope which of its requirements were scored
 * @param score the weighted coverage, in [0, 1]
 * @param coveredShare the weighted share of covered requirements, in [0, 1]
 * @param requirements every requirement in scope, in the standard's order
 * @param levelChecks one per profession card in scope
 * @since 0.1.0
 */
public record CoverageReport(
        String queryId,
        String standardId,
        CoverageScope scope,
        double score,
        double coveredShare,
        List<RequirementMatch> requirements,
        List<LevelCheck> levelChecks) {

    private static final Comparator<RequirementMatch> GAP_ORDER =
            Comparator.comparingDouble(RequirementMatch::weight).reversed()
                    .thenComparingDouble(RequirementMatch::score)
                    .thenComparing(m -> m.requirement().id());

    /** Validates and copies. */
    public CoverageReport {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(scope, "scope");
        requirements = List.copyOf(requirements);
        levelChecks = List.copyOf(levelChecks);
    }

    /**
     * The uncovered and weakly covered requirements, heaviest first (then lowest score, then id),
     * each with its nearest statement.
     *
     * @return the gap list
     */
    public List<RequirementMatch> gaps() {
        return requirements.stream().filter(m -> m.status() != CoverageStatus.COVERED).sorted(GAP_ORDER).toList();
    }

    /**
     * Coverage per labour function, in the standard's order: the weighted mean score of each
     * function's requirements.
     *
     * @return labour function id to coverage
     */
    public Map<String, Double> labourFunctionCoverage() {
        return groupedCoverage(true);
    }

    /** @return coverage per profession card id, in the standard's order */
    public Map<String, Double> professionCardCoverage() {
        return groupedCoverage(false);
    }

    private Map<String, Double> groupedCoverage(boolean byFunction) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (RequirementMatch m : requirements) {
            double[] s = sums.computeIfAbsent(byFunction ? m.labourFunctionId() : m.professionCardId(), k -> new double[2]);
            s[0] += m.weight() * m.score();
            s[1] += m.weight();
        }
        Map<String, Double> result = new LinkedHashMap<>();
        sums.forEach((k, s) -> result.put(k, s[1] == 0 ? 0.0 : s[0] / s[1]));
        return java.util.Collections.unmodifiableMap(result);
    }

    /** @return {@code true} if any profession card's level is above the query's */
    public boolean belowRequiredLevel() {
        return levelChecks.stream().anyMatch(c -> c.status() == LevelCheck.Status.BELOW);
    }

    /** @return {@code true} if any requirement's score needs review */
    public boolean needsReview() {
        return requirements.stream().anyMatch(m -> m.confidence().needsReview());
    }
}

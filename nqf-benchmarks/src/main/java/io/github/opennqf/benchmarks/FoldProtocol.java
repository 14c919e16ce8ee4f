package io.github.opennqf.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The validation protocol of issue 10 over per-program measures already computed: for each fold,
 * the candidate's variant with the best MAP on the other folds (the training folds) is chosen and
 * measured on the held-out fold, next to the baseline; a change is kept only if it raises the mean
 * of the folds' MAP and lowers no fold's MAP by more than {@value #TOLERANCE}.
 *
 * <p>Rankings depend only on the configuration, not on the fold, so each variant ranks every program
 * once and the protocol only slices the per-program measures by fold.
 *
 * <p>Immutable and thread-safe. A variant or baseline missing a program of another, or a program with
 * no fold, gets an {@link IllegalArgumentException} naming it.
 *
 * @param folds which fold each program belongs to
 * @since 0.1.0
 */
public record FoldProtocol(FamilyFolds folds) {
    /** The most a kept change may lower any fold's MAP. */
    public static final double TOLERANCE = 0.01;

    /** Checks for null. */
    public FoldProtocol {
        Objects.requireNonNull(folds, "folds");
    }

    /**
     * The measures of one configuration on every program.
     *
     * @param label what the configuration is, e.g. {@code hybridWeight=0.6}
     * @param perProgram each program's measures, by program id
     */
    public record Trial(String label, Map<String, RankingMetrics.Query> perProgram) {
        /** Copies. */
        public Trial {
            Objects.requireNonNull(label, "label");
            perProgram = Map.copyOf(perProgram);
        }
    }

    /**
     * One held-out fold.
     *
     * @param fold its number
     * @param programs its programs
     * @param baseline the baseline's measures on it
     * @param candidate the chosen variant's measures on it
     * @param chosen the label of the variant chosen on the other folds
     * @param trainingMap the chosen variant's MAP on the other folds
     */
    public record FoldResult(int fold, int programs, RankingMetrics baseline, RankingMetrics candidate, String chosen,
            double trainingMap) {
        /** @return candidate MAP minus baseline MAP on this fold */
        public double deltaMap() {
            return candidate.map() - baseline.map();
        }
    }

    /**
     * The protocol's result.
     *
     * @param candidate the candidate's name
     * @param folds one result per fold, in fold order
     */
    public record Outcome(String candidate, List<FoldResult> folds) {
        /** Copies. */
        public Outcome {
            folds = List.copyOf(folds);
        }

        /** @return the mean over folds of the baseline's MAP */
        public double meanBaselineMap() {
            return folds.stream().mapToDouble(f -> f.baseline().map()).average().orElse(0);
        }

        /** @return the mean over folds of the candidate's MAP */
        public double meanCandidateMap() {
            return folds.stream().mapToDouble(f -> f.candidate().map()).average().orElse(0);
        }

        /** @return the lowest per-fold MAP difference, candidate minus baseline */
        public double worstDelta() {
            return folds.stream().mapToDouble(FoldResult::deltaMap).min().orElse(0);
        }

        /** @return whether the change passes: mean MAP up, and no fold down by more than {@link #TOLERANCE} */
        public boolean keep() {
            // compared after rounding to 1e-9 so that equal rankings never count as a gain or a loss
            double mean = Math.rint((meanCandidateMap() - meanBaselineMap()) * 1e9) / 1e9;
            double worst = Math.rint(worstDelta() * 1e9) / 1e9;
            return mean > 0 && worst >= -TOLERANCE;
        }

        /** @return the protocol's table and verdict, in Markdown */
        public String table() {
            StringBuilder out = new StringBuilder();
            out.append("candidate: ").append(candidate).append('\n').append('\n');
            out.append("| fold | programs | baseline MAP | R@10 | MRR | candidate MAP | R@10 | MRR | Δ MAP | chosen on training folds (train MAP) |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (FoldResult f : folds) {
                out.append(String.format(Locale.ROOT, "| %d | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %+.4f | %s (%.4f) |%n",
                        f.fold(), f.programs(), f.baseline().map(), f.baseline().recallAt10(), f.baseline().mrr(),
                        f.candidate().map(), f.candidate().recallAt10(), f.candidate().mrr(), f.deltaMap(), f.chosen(),
                        f.trainingMap()));
            }
            out.append(String.format(Locale.ROOT, "| mean | %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %+.4f | |%n",
                    folds.stream().mapToInt(FoldResult::programs).sum(), meanBaselineMap(),
                    mean(FoldResult::baseline, RankingMetrics::recallAt10), mean(FoldResult::baseline, RankingMetrics::mrr),
                    meanCandidateMap(), mean(FoldResult::candidate, RankingMetrics::recallAt10),
                    mean(FoldResult::candidate, RankingMetrics::mrr), meanCandidateMap() - meanBaselineMap()));
            out.append(String.format(Locale.ROOT, "| worst | | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %+.4f | |%n",
                    min(FoldResult::baseline, RankingMetrics::map), min(FoldResult::baseline, RankingMetrics::recallAt10),
                    min(FoldResult::baseline, RankingMetrics::mrr), min(FoldResult::candidate, RankingMetrics::map),
                    min(FoldResult::candidate, RankingMetrics::recallAt10), min(FoldResult::candidate, RankingMetrics::mrr),
                    worstDelta()));
            out.append('\n').append(String.format(Locale.ROOT,
                    "verdict: %s (mean MAP %+.4f, worst fold %+.4f; keep only if the mean rises and no fold falls by more than %.2f)%n",
                    keep() ? "KEEP" : "DROP", meanCandidateMap() - meanBaselineMap(), worstDelta(), TOLERANCE));
            return out.toString();
        }

        private double mean(java.util.function.Function<FoldResult, RankingMetrics> side,
                java.util.function.ToDoubleFunction<RankingMetrics> measure) {
            return folds.stream().mapToDouble(f -> measure.applyAsDouble(side.apply(f))).average().orElse(0);
        }

        private double min(java.util.function.Function<FoldResult, RankingMetrics> side,
                java.util.function.ToDoubleFunction<RankingMetrics> measure) {
            return folds.stream().mapToDouble(f -> measure.applyAsDouble(side.apply(f))).min().orElse(0);
        }
    }

    /**
     * Runs the protocol.
     *
     * @param candidate the candidate's name
     * @param baseline the baseline's measures
     * @param variants the candidate's variants' measures, on the same programs; ties in training MAP
     *     go to the first
     * @return the per-fold results
     */
    public Outcome evaluate(String candidate, Trial baseline, List<Trial> variants) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("candidate " + candidate + " has no variants");
        }
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (String program : new java.util.TreeSet<>(baseline.perProgram().keySet())) {
            foldOf.put(program, folds.foldOf(program));
        }
        for (Trial t : variants) {
            if (!t.perProgram().keySet().equals(baseline.perProgram().keySet())) {
                throw new IllegalArgumentException("variant " + t.label() + " was measured on other programs than the baseline "
                        + "(" + t.perProgram().size() + " against " + baseline.perProgram().size() + ")");
            }
        }
        List<FoldResult> results = new ArrayList<>();
        for (int fold = 1; fold <= folds.count(); fold++) {
            Trial best = null;
            double bestMap = Double.NEGATIVE_INFINITY;
            for (Trial t : variants) {
                double map = slice(t, foldOf, fold, false).map();
                if (map > bestMap) {
                    best = t;
                    bestMap = map;
                }
            }
            RankingMetrics held = slice(baseline, foldOf, fold, true);
            if (held.queries() == 0) {
                throw new IllegalArgumentException("fold " + fold + " has none of the measured programs");
            }
            results.add(new FoldResult(fold, held.queries(), held, slice(best, foldOf, fold, true), best.label(), bestMap));
        }
        return new Outcome(candidate, results);
    }

    /** The mean measures of a trial over the programs in (or out of) one fold. */
    private static RankingMetrics slice(Trial trial, Map<String, Integer> foldOf, int fold, boolean inFold) {
        List<RankingMetrics.Query> queries = new ArrayList<>();
        for (Map.Entry<String, Integer> e : foldOf.entrySet()) {
            if ((e.getValue() == fold) == inFold) {
                queries.add(trial.perProgram().get(e.getKey()));
            }
        }
        return RankingMetrics.mean(queries);
    }
}

package io.github.opennqf.benchmarks;

import io.github.opennqf.embeddings.MiniLmEmbedder;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Leave-CIP-family-out cross-validation of a candidate change on cipsoc-dev (issue 10, part 3): the
 * folds are the committed {@link FamilyFolds#cipsocDev()}; the candidate's parameters are chosen by
 * MAP on the training folds only and measured on the held-out fold, next to the defaults; the
 * {@link FoldProtocol} table and verdict are printed.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.CrossValidation \
 *      --candidate title                              # a named grid (see --list)
 * java -cp ... CrossValidation --grid keywords=0.4,0.6 --grid coverage=0.2,0.3   # an ad-hoc grid
 * java -cp ... CrossValidation --similarity hybrid --candidate hybrid-weight    # with the bundled MiniLM
 * </pre>
 *
 * <p>Options: {@code --data DIR} (default {@code ../shared/data/cipsoc-dev}), {@code --threads N}
 * (default 1), {@code --similarity lexical|hybrid} (baseline and candidate alike).
 *
 * <p>Each distinct configuration is compiled once and ranks every program once; the folds only slice
 * the per-program measures. Hybrid runs embed each distinct text once for all configurations.
 */
public final class CrossValidation {
    private CrossValidation() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data/cipsoc-dev");
        int threads = 1;
        boolean hybrid = false;
        String name = null;
        List<String> grid = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> { data = Path.of(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                case "--candidate" -> { name = value; i++; }
                case "--grid" -> { grid.add(value); i++; }
                case "--similarity" -> {
                    hybrid = switch (value) {
                        case "lexical" -> false;
                        case "hybrid" -> true;
                        default -> throw new IllegalArgumentException("--similarity must be lexical or hybrid, was '" + value + "'");
                    };
                    i++;
                }
                case "--list" -> {
                    CandidateGrid.PRESETS.forEach((k, v) -> System.out.println(k + "  " + String.join(" ", v)));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CandidateGrid candidate;
        if (!grid.isEmpty()) {
            candidate = CandidateGrid.of(name == null ? String.join(" ", grid) : name, grid);
        } else if (name != null) {
            candidate = CandidateGrid.preset(name);
        } else {
            throw new IllegalArgumentException("give --candidate NAME (one of " + CandidateGrid.PRESETS.keySet()
                    + ") or --grid PARAMETER=V1,V2,...");
        }
        if (!Files.isRegularFile(data.resolve("gold.csv"))) {
            System.err.println("data not found: " + data.resolve("gold.csv").toAbsolutePath().normalize());
            System.exit(2);
        }
        SentenceEmbedder embedder = hybrid ? new RememberingEmbedder(MiniLmEmbedder.instance()) : null;
        System.out.println("similarity=" + (hybrid ? "hybrid (" + embedder.name() + ")" : "lexical")
                + " folds=" + FamilyFolds.CIPSOC_DEV + " variants=" + candidate.variants().size());
        FoldProtocol.Outcome outcome = run(data, candidate, embedder, threads);
        System.out.print(outcome.table());
    }

    /**
     * Runs the protocol on a data directory.
     *
     * @param data a directory with programs.csv, standards.csv and gold.csv
     * @param candidate the variants to choose among
     * @param embedder the embedder for hybrid ranking, or null for lexical
     * @param threads ranking threads
     * @return the protocol's outcome against the defaults
     * @throws IOException if the data or the fold assignment cannot be read
     */
    public static FoldProtocol.Outcome run(Path data, CandidateGrid candidate, @Nullable SentenceEmbedder embedder, int threads)
            throws IOException, InterruptedException, ExecutionException {
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(data.resolve("programs.csv"));
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(data.resolve("standards.csv"));
        Map<String, Set<String>> gold = AccuracyBenchmark.readGold(data.resolve("gold.csv"));
        List<EducationalProgram> queries = programs.stream().filter(p -> gold.containsKey(p.id())).toList();
        Map<MatchingConfig, Map<String, RankingMetrics.Query>> measured = new HashMap<>();
        FoldProtocol.Trial baseline = new FoldProtocol.Trial("defaults",
                measure(MatchingConfig.DEFAULTS, "defaults", standards, queries, gold, embedder, threads, measured));
        List<FoldProtocol.Trial> variants = new ArrayList<>();
        for (CandidateGrid.Variant v : candidate.variants()) {
            variants.add(new FoldProtocol.Trial(v.label(), measure(v.config(), v.label(), standards, queries, gold, embedder,
                    threads, measured)));
        }
        return new FoldProtocol(FamilyFolds.cipsocDev()).evaluate(candidate.name(), baseline, variants);
    }

    /** Compiles one configuration and ranks every query once; remembered per configuration. */
    private static Map<String, RankingMetrics.Query> measure(MatchingConfig config, String label,
            List<ProfessionalStandard> standards, List<EducationalProgram> queries, Map<String, Set<String>> gold,
            @Nullable SentenceEmbedder embedder, int threads, Map<MatchingConfig, Map<String, RankingMetrics.Query>> measured)
            throws InterruptedException, ExecutionException {
        Map<String, RankingMetrics.Query> known = measured.get(config);
        if (known != null) {
            return known;
        }
        long t0 = System.nanoTime();
        Matcher matcher = Matcher.builder().config(config).standards(standards).embedder(embedder).build();
        long t1 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<String, RankingMetrics.Query> perProgram = new LinkedHashMap<>();
        try {
            Map<String, Future<RankingMetrics.Query>> futures = new LinkedHashMap<>();
            for (EducationalProgram p : queries) {
                futures.put(p.id(), pool.submit(() -> {
                    List<CandidateScore> ranking = matcher.scoreStandards(p);
                    List<String> ids = new ArrayList<>(ranking.size());
                    for (CandidateScore c : ranking) {
                        ids.add(c.candidateId());
                    }
                    return RankingMetrics.of(ids, gold.get(p.id()), 10);
                }));
            }
            for (Map.Entry<String, Future<RankingMetrics.Query>> e : futures.entrySet()) {
                perProgram.put(e.getKey(), e.getValue().get());
            }
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        System.err.printf(java.util.Locale.ROOT, "%-40s compile %5d ms, rank %5d ms, %s%n", label, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, RankingMetrics.mean(List.copyOf(perProgram.values())));
        measured.put(config, perProgram);
        return perProgram;
    }

    /**
     * An embedder that runs its model once per distinct text and remembers the vector, so that the
     * configurations of a grid share the embeddings. Thread-safe.
     */
    static final class RememberingEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder model;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        RememberingEmbedder(SentenceEmbedder model) {
            this.model = model;
        }

        @Override
        public String name() {
            return model.name();
        }

        @Override
        public Set<String> languages() {
            return model.languages();
        }

        @Override
        public float[] embed(String text) {
            return vectors.computeIfAbsent(text, model::embed).clone();
        }
    }
}

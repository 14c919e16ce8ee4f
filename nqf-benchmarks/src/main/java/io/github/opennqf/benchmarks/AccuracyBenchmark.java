package io.github.opennqf.benchmarks;

import io.github.opennqf.embeddings.MiniLmEmbedder;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ranks every standard for every program of a split of the shared data and prints Recall@10,
 * MAP, MRR and nDCG@10 against its gold links.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.AccuracyBenchmark \
 *      [--data ../shared/data/cipsoc-dev] [--threads 2] [--ranking 0.3,0.05,0.05,0.1,0.5] [--no-russian-stemming] ...
 * </pre>
 *
 * <p>{@code --similarity hybrid} mixes in the cosine of the quantized all-MiniLM-L6-v2 embeddings
 * ({@link MiniLmEmbedder}) with share {@code --hybrid-weight W} (default: the config's); the default
 * {@code --similarity lexical} uses no embedder.
 */
public final class AccuracyBenchmark {
    private AccuracyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data/cipsoc-dev");
        int threads = Runtime.getRuntime().availableProcessors();
        MatchingConfig config = MatchingConfig.DEFAULTS;
        boolean hybrid = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> { data = Path.of(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                case "--ranking" -> {
                    // five weights: coverage,relevance,title,document,keywords
                    String[] w = value.split(",");
                    config = config.withRanking(new io.github.opennqf.matching.RankingWeights(Double.parseDouble(w[0]),
                            Double.parseDouble(w[1]), Double.parseDouble(w[2]), Double.parseDouble(w[3]), Double.parseDouble(w[4])));
                    i++;
                }
                case "--cross-category-credit" -> { config = config.withCrossCategoryCredit(Double.parseDouble(value)); i++; }
                case "--essential-factor" -> { config = config.withEssentialFactor(Double.parseDouble(value)); i++; }
                case "--no-russian-stemming" -> config = config.withRussianStemming(false);
                case "--similarity" -> {
                    hybrid = switch (value) {
                        case "lexical" -> false;
                        case "hybrid" -> true;
                        default -> throw new IllegalArgumentException("--similarity must be lexical or hybrid, was '" + value + "'");
                    };
                    i++;
                }
                case "--hybrid-weight" -> { config = config.withHybridWeight(Double.parseDouble(value)); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isDirectory(data)) {
            System.err.println("data directory not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        SentenceEmbedder embedder = hybrid ? MiniLmEmbedder.instance() : null;
        System.out.println(hybrid ? "similarity=hybrid embedder=" + embedder.name() + " hybridWeight=" + config.hybridWeight()
                : "similarity=lexical");
        Result result = run(data, config, threads, embedder);
        System.out.println(result);
    }

    /** Figures of one run. */
    public record Result(RankingMetrics metrics, long compileMillis, long rankMillis, int programs, int standards) {
        @Override
        public String toString() {
            return metrics + String.format(java.util.Locale.ROOT,
                    "%nprograms=%d standards=%d compile=%d ms rank(all, with explanations of top 10)=%d ms",
                    programs, standards, compileMillis, rankMillis);
        }
    }

    public static Result run(Path data, MatchingConfig config, int threads) throws IOException, InterruptedException,
            java.util.concurrent.ExecutionException {
        return run(data, config, threads, null);
    }

    /** Like {@link #run(Path, MatchingConfig, int)}, hybrid when {@code embedder} is not null. */
    public static Result run(Path data, MatchingConfig config, int threads, SentenceEmbedder embedder)
            throws IOException, InterruptedException, java.util.concurrent.ExecutionException {
        List<EducationalProgram> programs = TabularFormat.readPrograms(data.resolve("programs.csv"));
        List<ProfessionalStandard> standards = TabularFormat.readStandards(data.resolve("standards.csv"));
        Map<String, Set<String>> gold = readGold(data.resolve("gold.csv"));
        long t0 = System.nanoTime();
        Matcher matcher = Matcher.builder().config(config).standards(standards).embedder(embedder).build();
        long t1 = System.nanoTime();
        int n = standards.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RankingMetrics.Query>> futures = new ArrayList<>();
        for (EducationalProgram p : programs) {
            Set<String> relevant = gold.get(p.id());
            if (relevant == null || relevant.isEmpty()) {
                continue;
            }
            futures.add(pool.submit(() -> {
                List<String> ranking = new ArrayList<>(n);
                Ranking full = matcher.standardRanking(p, 10);
                for (CandidateScore c : full.candidates()) {
                    ranking.add(c.candidateId());
                }
                List<RankedMatch> explained = full.explained();
                if (!explained.get(0).candidateId().equals(ranking.get(0))) {
                    throw new IllegalStateException("explained ranking disagrees with the full ranking for " + p.id());
                }
                return RankingMetrics.of(ranking, relevant, 10);
            }));
        }
        List<RankingMetrics.Query> perQuery = new ArrayList<>();
        for (Future<RankingMetrics.Query> f : futures) {
            perQuery.add(f.get());
        }
        pool.shutdown();
        long t2 = System.nanoTime();
        return new Result(RankingMetrics.mean(perQuery), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                programs.size(), standards.size());
    }

    static Map<String, Set<String>> readGold(Path gold) throws IOException {
        Map<String, Set<String>> map = new HashMap<>();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length >= 2) {
                map.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1]);
            }
        }
        return map;
    }
}

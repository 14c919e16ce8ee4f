package io.github.opennqf.benchmarks;

import io.github.opennqf.embeddings.MiniLmEmbedder;
import io.github.opennqf.embeddings.OnnxSentenceEmbedder;
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
import java.util.Comparator;
import java.util.HashMap;
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
 * {@code --similarity lexical} uses no embedder. {@code --onnx-model FILE --tokenizer FILE
 * [--pooling mean|cls]} makes the hybrid use another English sentence-transformers model instead,
 * through {@link OnnxSentenceEmbedder} (for example the files of langchain4j's bge-small-en-v1.5
 * jar, with {@code --pooling cls}).
 *
 * <p>{@code --misses N} also prints the N standards whose gold links are most often missing from
 * the first 10: for each, its links, how many were missed, the Recall@10 they cost (summed over
 * programs, each missed link counting 1 / the program's number of links, divided by the number of
 * programs) and the median rank of the standard in its programs' rankings.
 */
public final class AccuracyBenchmark {
    private AccuracyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data/cipsoc-dev");
        int threads = Runtime.getRuntime().availableProcessors();
        MatchingConfig config = MatchingConfig.DEFAULTS;
        boolean hybrid = false;
        Path onnxModel = null;
        Path tokenizer = null;
        OnnxSentenceEmbedder.Pooling pooling = OnnxSentenceEmbedder.Pooling.MEAN;
        int misses = 0;
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
                case "--onnx-model" -> { onnxModel = Path.of(value); hybrid = true; i++; }
                case "--tokenizer" -> { tokenizer = Path.of(value); i++; }
                case "--pooling" -> {
                    pooling = switch (value) {
                        case "mean" -> OnnxSentenceEmbedder.Pooling.MEAN;
                        case "cls" -> OnnxSentenceEmbedder.Pooling.CLS;
                        default -> throw new IllegalArgumentException("--pooling must be mean or cls, was '" + value + "'");
                    };
                    i++;
                }
                case "--misses" -> { misses = Integer.parseInt(value); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isDirectory(data)) {
            System.err.println("data directory not found: " + data.toAbsolutePath());
            System.exit(2);
        }
        if (onnxModel != null && tokenizer == null) {
            throw new IllegalArgumentException("--onnx-model needs --tokenizer FILE (the model's tokenizer.json)");
        }
        SentenceEmbedder embedder = !hybrid ? null
                : onnxModel == null ? MiniLmEmbedder.instance()
                : OnnxSentenceEmbedder.load(onnxModel, tokenizer, Set.of("en"), onnxModel.getFileName().toString(), pooling);
        System.out.println(hybrid ? "similarity=hybrid embedder=" + embedder.name() + " hybridWeight=" + config.hybridWeight()
                : "similarity=lexical");
        Result result = run(data, config, threads, embedder);
        System.out.println(result);
        if (misses > 0) {
            System.out.print(result.misses(misses));
        }
    }

    /**
     * Figures of one run.
     *
     * @param rankings each program's full ranking, by program id (programs with gold links only)
     * @param gold the gold links, by program id
     */
    public record Result(RankingMetrics metrics, long compileMillis, long rankMillis, int programs, int standards,
            Map<String, List<String>> rankings, Map<String, Set<String>> gold) {

        /**
         * @param top how many standards to list
         * @return a table of the standards whose gold links are most often outside the first 10,
         *     by the Recall@10 they cost, one line per standard
         */
        public String misses(int top) {
            record Miss(String standard, int links, int missed, double recallLost, int medianRank) {}
            Map<String, List<Integer>> ranksOf = new HashMap<>();
            Map<String, Double> lost = new HashMap<>();
            for (Map.Entry<String, List<String>> e : rankings.entrySet()) {
                Set<String> relevant = gold.get(e.getKey());
                List<String> ranking = e.getValue();
                for (int r = 0; r < ranking.size(); r++) {
                    String s = ranking.get(r);
                    if (relevant.contains(s)) {
                        ranksOf.computeIfAbsent(s, k -> new ArrayList<>()).add(r + 1);
                        if (r >= 10) {
                            lost.merge(s, 1.0 / relevant.size(), Double::sum);
                        }
                    }
                }
            }
            List<Miss> rows = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : ranksOf.entrySet()) {
                List<Integer> ranks = e.getValue().stream().sorted().toList();
                int missed = (int) ranks.stream().filter(r -> r > 10).count();
                rows.add(new Miss(e.getKey(), ranks.size(), missed, lost.getOrDefault(e.getKey(), 0.0) / rankings.size(),
                        ranks.get((ranks.size() - 1) / 2)));
            }
            rows.sort(Comparator.comparingDouble(Miss::recallLost).reversed().thenComparing(Miss::standard));
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "%-10s %6s %7s %12s %12s%n", "standard", "links", "missed", "recall_lost", "median_rank"));
            for (Miss m : rows.subList(0, Math.min(top, rows.size()))) {
                out.append(String.format(java.util.Locale.ROOT, "%-10s %6d %7d %12.4f %12d%n",
                        m.standard(), m.links(), m.missed(), m.recallLost(), m.medianRank()));
            }
            return out.toString();
        }

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
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(data.resolve("programs.csv"));
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(data.resolve("standards.csv"));
        Map<String, Set<String>> gold = readGold(data.resolve("gold.csv"));
        long t0 = System.nanoTime();
        Matcher matcher = Matcher.builder().config(config).standards(standards).embedder(embedder).build();
        long t1 = System.nanoTime();
        int n = standards.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RankingMetrics.Query>> futures = new ArrayList<>();
        Map<String, List<String>> rankings = new java.util.concurrent.ConcurrentHashMap<>();
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
                rankings.put(p.id(), List.copyOf(ranking));
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
                programs.size(), standards.size(), Map.copyOf(rankings), gold);
    }

    static Map<String, Set<String>> readGold(Path gold) throws IOException {
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        return QuerySet.links(lines.subList(Math.min(1, lines.size()), lines.size()), gold.toString());
    }
}

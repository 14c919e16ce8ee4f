package io.github.opennqf.benchmarks;

import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.embeddings.MiniLmEmbedder;
import io.github.opennqf.standard.ProfessionalStandard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compile once, load fast: compiles the 3,007 ESCO occupations (lexical, or hybrid with the
 * bundled MiniLM), saves the matcher, loads it back several times, and prints the compile and load
 * times, their ratio, the file size, and whether 50 free-text queries rank the occupations bit for
 * bit the same with the loaded matcher. Times are wall clock on this machine, so only the ratio
 * (load / compile, measured in the same run) is comparable across machines.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.SavedMatcherBenchmark \
 *      [--data ../shared/data/esco-v1.1.1] [--similarity lexical|hybrid] [--runs 5]
 * </pre>
 */
public final class SavedMatcherBenchmark {
    private SavedMatcherBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data/esco-v1.1.1");
        boolean hybrid = false;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--similarity" -> hybrid = switch (args[++i]) {
                    case "hybrid" -> true;
                    case "lexical" -> false;
                    default -> throw new IllegalArgumentException("--similarity is lexical or hybrid, was " + args[i]);
                };
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --data DIR, --similarity lexical|hybrid, --runs N");
            }
        }
        if (!Files.isRegularFile(data.resolve("occupations_en.csv"))) {
            throw new IllegalStateException("ESCO data not found: " + data.toAbsolutePath().resolve("occupations_en.csv")
                    + " is missing; pass --data /path/to/shared/data/esco-v1.1.1");
        }
        List<ProfessionalStandard> standards = EscoOccupations.read(data);
        List<Query> queries = new ArrayList<>();
        List<String> texts = EscoOccupations.descriptions(data, 50);
        for (int i = 0; i < texts.size(); i++) {
            queries.add(Query.ofTexts("q" + i, "en", List.of(texts.get(i))));
        }
        SentenceEmbedder embedder = hybrid ? MiniLmEmbedder.instance() : null;
        if (embedder != null) {
            embedder.embed("warm up the model");
        }
        long t = System.nanoTime();
        Matcher compiled = Matcher.builder().standards(standards).embedder(embedder).build();
        long compileMs = (System.nanoTime() - t) / 1_000_000;
        Path file = Files.createTempFile("opennqf-esco", ".nqfm");
        try {
            t = System.nanoTime();
            compiled.save(file);
            long saveMs = (System.nanoTime() - t) / 1_000_000;
            long[] loads = new long[Math.max(1, runs)];
            Matcher loaded = null;
            for (int r = 0; r < loads.length; r++) {
                t = System.nanoTime();
                loaded = Matcher.loader().embedder(embedder).load(file);
                loads[r] = (System.nanoTime() - t) / 1_000_000;
            }
            long[] sorted = loads.clone();
            Arrays.sort(sorted);
            long median = sorted[sorted.length / 2];
            int same = 0;
            for (Query q : queries) {
                List<CandidateScore> a = compiled.scoreStandards(q);
                List<CandidateScore> b = loaded.scoreStandards(q);
                if (a.equals(b) && compiled.rankStandards(q, 5).equals(loaded.rankStandards(q, 5))) {
                    same++;
                }
            }
            System.out.printf(Locale.ROOT, "similarity=%s standards=%d requirements=%d%n", hybrid ? "hybrid" : "lexical",
                    standards.size(), standards.stream().mapToInt(s -> s.requirements().size()).sum());
            System.out.printf(Locale.ROOT, "compile=%d ms save=%d ms file=%.1f MB%n", compileMs, saveMs,
                    Files.size(file) / 1048576.0);
            System.out.printf(Locale.ROOT, "load: first %d ms, median %d ms over %d runs %s%n", loads[0], median,
                    loads.length, Arrays.toString(loads));
            System.out.printf(Locale.ROOT, "load / compile = %.3f%n", (double) median / compileMs);
            System.out.printf(Locale.ROOT, "identical rankings and explanations: %d of %d queries%n", same, queries.size());
            if (same != queries.size()) {
                throw new IllegalStateException("the loaded matcher differs from the compiled one");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

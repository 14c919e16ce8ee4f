package io.github.opennqf.benchmarks;

import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Wall time and heap of the full matrix on a seed-sized corpus ({@link SeedCorpus}), as a plain
 * command (no JMH): what a ministry's batch run costs, cold and warm.
 *
 * <pre>
 * java -cp nqf-benchmarks/target/benchmarks.jar io.github.opennqf.benchmarks.MatrixSizing \
 *      [--data ../shared/data/cipsoc-dev] [--threads 2] [--runs 5] [--explain 1000] [--seed N]
 * </pre>
 *
 * <p>Prints the time to compile the matcher, the matrix time on the given threads (the first, cold
 * run and the best and median of the following warm runs), the time to explain 1,000 random cells
 * with {@link CoverageMatrix#explain}, and the heap the matcher holds. The heap figure is
 * approximate: the used heap ({@code totalMemory - freeMemory}) after repeated {@link System#gc()}
 * with the corpus already loaded, before and after compiling the matcher, while both stay
 * reachable. It counts everything the matcher retains (vocabulary, vectors, indexes, scratch pools)
 * but not the corpus objects it shares with the caller.
 */
public final class MatrixSizing {
    private MatrixSizing() {}

    public static void main(String[] args) {
        Path data = null;
        int threads = 2;
        int runs = 5;
        int explainCells = 1000;
        long seed = SeedCorpus.SEED;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--data" -> { data = Path.of(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                case "--runs" -> { runs = Integer.parseInt(value); i++; }
                case "--explain" -> { explainCells = Integer.parseInt(value); i++; }
                case "--seed" -> { seed = Long.parseLong(value); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --data DIR --threads N --runs N --explain N --seed N");
            }
        }
        if (data != null) {
            System.setProperty(BenchmarkData.PROPERTY, data.toString());
        }
        Path dir;
        try {
            dir = BenchmarkData.cipsocDev();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        long t = System.nanoTime();
        SeedCorpus corpus = SeedCorpus.generate(dir, seed);
        long generateMs = millis(t);
        System.out.printf(Locale.ROOT, "corpus: %d programs x %d outcomes, %d standards x %d requirements "
                + "(seed %d, from %s), generated in %d ms%n", corpus.programs().size(), corpus.outcomeCount()
                / Math.max(1, corpus.programs().size()), corpus.standards().size(), corpus.requirementCount()
                / Math.max(1, corpus.standards().size()), seed, dir, generateMs);
        System.out.printf(Locale.ROOT, "jvm: %s %s, %d available processors, max heap %d MB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long before = settledUsedHeap();
        t = System.nanoTime();
        Matcher matcher = MatrixBenchmark.build(corpus);
        long compileMs = millis(t);
        long after = settledUsedHeap();
        System.out.printf(Locale.ROOT, "compile: %d ms%n", compileMs);
        System.out.printf(Locale.ROOT, "used heap before compiling (corpus and JVM): ~%.1f MB%n", before / 1048576.0);
        System.out.printf(Locale.ROOT, "heap held by the matcher: ~%.1f MB (used heap after GC, before vs after "
                + "compiling; approximate)%n", (after - before) / 1048576.0);
        indexBytes(matcher);

        long[] times = new long[Math.max(1, runs)];
        CoverageMatrix matrix = null;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < times.length; r++) {
                t = System.nanoTime();
                matrix = matcher.coverageMatrix(pool, ProgressListener.NONE);
                times[r] = millis(t);
            }
        } finally {
            pool.shutdownNow();
        }
        long afterMatrix = settledUsedHeap();
        System.out.printf(Locale.ROOT, "matrix (%d x %d cells, %d threads): cold %d ms; runs %s%n", matrix.rows(),
                matrix.columns(), threads, times[0], Arrays.toString(times));
        if (times.length > 1) {
            long[] warm = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(warm);
            System.out.printf(Locale.ROOT, "matrix warm: best %d ms, median %d ms%n", warm[0], warm[warm.length / 2]);
        }
        System.out.printf(Locale.ROOT, "heap with matcher and one matrix: ~%.1f MB over the corpus%n",
                (afterMatrix - before) / 1048576.0);

        List<String> programIds = matrix.programIds();
        List<String> standardIds = matrix.standardIds();
        Random random = new Random(seed);
        double check = 0;
        int mismatches = 0;
        int requirements = 0;
        t = System.nanoTime();
        for (int i = 0; i < explainCells; i++) {
            int row = random.nextInt(programIds.size());
            int column = random.nextInt(standardIds.size());
            CoverageReport report = matrix.explain(programIds.get(row), standardIds.get(column));
            requirements += report.requirements().size();
            check += report.score();
            if (report.score() != matrix.score(row, column)) {
                mismatches++;
            }
        }
        long explainMs = millis(t);
        System.out.printf(Locale.ROOT, "explain %d random cells: %d ms (%.2f ms per cell, %d requirement matches; "
                + "report score != cell score in %d cells; checksum %.4f)%n", explainCells, explainMs,
                explainCells == 0 ? 0.0 : (double) explainMs / explainCells, requirements, mismatches, check);
        System.out.printf(Locale.ROOT, "target: matrix <= 10000 ms on 2 cores, index < 200 MB%n");
    }

    /** The matcher's own estimate of its postings (package-private; read reflectively, informational). */
    private static void indexBytes(Matcher matcher) {
        try {
            Method m = Matcher.class.getDeclaredMethod("indexBytes");
            m.setAccessible(true);
            long bytes = (long) m.invoke(matcher);
            System.out.printf(Locale.ROOT, "postings estimate (Matcher.indexBytes): ~%.1f MB%n", bytes / 1048576.0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not part of the public API; skip when unavailable
        }
    }

    /** Used heap after GC has settled: repeated collections until the figure stops falling. */
    static long settledUsedHeap() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= best && i >= 3) {
                return Math.min(best, used);
            }
            best = Math.min(best, used);
        }
        return best;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

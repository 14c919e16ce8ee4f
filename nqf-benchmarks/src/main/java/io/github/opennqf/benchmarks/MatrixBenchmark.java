package io.github.opennqf.benchmarks;

import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full coverage matrix of a seed-sized corpus ({@link SeedCorpus}: 360 programs × 60 outcomes
 * against 550 standards × 240 requirements, real text, fixed seed) on 2 worker threads (issue 3,
 * "Speed": within 10 s on 2 cores). Every cell's {@link io.github.opennqf.matching.CoverageReport}
 * is available on demand from the matrix ({@link CoverageMatrix#explain}); {@link MatrixSizing}
 * times explaining cells and measures the heap.
 *
 * <ul>
 *   <li>{@link #coverageMatrix}: {@code matcher.coverageMatrix(pool, ProgressListener.NONE)} on a pool of 2 threads, the
 *       matcher compiled once in setup;</li>
 *   <li>{@link #compile}: compiling the matcher from the corpus (analysis and indexes).</li>
 * </ul>
 *
 * <pre>
 * java -jar nqf-benchmarks/target/benchmarks.jar MatrixBenchmark [-Dopennqf.data=../shared/data/cipsoc-dev]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatrixBenchmark {
    /** Worker threads for the matrix, as in the target. */
    static final int THREADS = 2;

    private SeedCorpus corpus;
    private Matcher matcher;
    private java.util.concurrent.ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = SeedCorpus.generate(BenchmarkData.cipsocDev(), SeedCorpus.SEED);
        matcher = build(corpus);
        pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    static Matcher build(SeedCorpus corpus) {
        return Matcher.builder().standards(corpus.standards()).programs(corpus.programs()).build();
    }

    /** The full matrix on 2 threads. */
    @Benchmark
    public CoverageMatrix coverageMatrix() {
        return matcher.coverageMatrix(pool, ProgressListener.NONE);
    }

    /** Compiling the matcher from the seed corpus. */
    @Benchmark
    public Matcher compile() {
        return build(corpus);
    }
}

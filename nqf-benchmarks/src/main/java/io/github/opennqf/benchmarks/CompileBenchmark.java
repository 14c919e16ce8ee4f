package io.github.opennqf.benchmarks;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.LanguagePriority;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Compiling the cipsoc-dev standards (867 standards, 22,874 requirements), the second largest part
 * of {@code opennqf rank} (issue 10, part 4), against indexing the same standards with Lucene in
 * the same run.
 *
 * <ul>
 *   <li>{@link #opennqf}: {@code Matcher.builder().standards(standards).build()}, as
 *       {@code opennqf rank} does: every statement analysed, the vocabulary and its weights, the
 *       statement vectors and both inverted indexes. The analysis runs on the common fork-join
 *       pool, as in the command.</li>
 *   <li>{@link #luceneIndex}: the same standards indexed by {@link LuceneBm25fAnchor} (title and
 *       requirement texts, {@code EnglishAnalyzer}, in memory, merged to one segment), as
 *       {@link LuceneRank} does.</li>
 * </ul>
 *
 * <pre>
 * java -jar nqf-benchmarks/target/benchmarks.jar CompileBenchmark [-Dopennqf.data=../shared/data/cipsoc-dev]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {
    private List<ProfessionalStandard> standards;
    private List<LuceneBm25fAnchor.Doc> standardDocs;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path data = BenchmarkData.cipsocDev();
        standards = TabularFormat.csv().readStandards(data.resolve("standards.csv"));
        standardDocs = standards.stream()
                .map(s -> new LuceneBm25fAnchor.Doc(s.code(), s.passport().title().resolve(LanguagePriority.KAZAKHSTAN),
                        s.requirements().stream().map(r -> r.text().resolve(LanguagePriority.KAZAKHSTAN)).toList()))
                .toList();
    }

    /** The matcher of the standards, compiled. */
    @Benchmark
    public Matcher opennqf() {
        return Matcher.builder().standards(standards).build();
    }

    /** The standards indexed by Lucene, in memory. */
    @Benchmark
    public int luceneIndex() throws IOException {
        try (LuceneBm25fAnchor index = new LuceneBm25fAnchor(standardDocs)) {
            return index.size();
        }
    }
}

package io.github.opennqf.benchmarks;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ranking speed on the cipsoc-dev split (1,014 programs × 867 standards), against a Lucene BM25
 * query loop over the same data measured in the same run (issue 3, "Speed").
 *
 * <ul>
 *   <li>{@link #opennqf}: for every program, the full ranking of the 867 standards
 *       plus the explained top 10, from one scoring pass ({@link Matcher#standardRanking}),
 *       as the accuracy benchmark and the {@code rank} command do. The matcher is compiled once
 *       from the standards in setup; programs are analysed on the fly, as queries.</li>
 *   <li>{@link #luceneBm25}: for every program, analyse its title and outcome texts with
 *       {@link EnglishAnalyzer}, build a {@link BooleanQuery} of SHOULD term queries on the
 *       {@code title} and {@code text} fields (title terms boosted 2) and collect all 867 hits of a
 *       BM25 search over the standards indexed in setup into a {@link ByteBuffersDirectory}.</li>
 * </ul>
 * One operation is the whole loop over the 1,014 programs, single-threaded; the ratio of the two
 * scores is the figure the issue asks for.
 *
 * <pre>
 * java -jar nqf-benchmarks/target/benchmarks.jar RankingBenchmark [-Dopennqf.data=../shared/data/cipsoc-dev]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RankingBenchmark {
    /** Explained matches per program, as in the accuracy benchmark. */
    static final int TOP_EXPLAINED = 10;

    private List<EducationalProgram> programs;
    private List<LuceneBm25fAnchor.Doc> programDocs;
    private Matcher matcher;
    private LuceneBm25fAnchor lucene;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path data = BenchmarkData.cipsocDev();
        programs = TabularFormat.csv().readPrograms(data.resolve("programs.csv"));
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(data.resolve("standards.csv"));
        matcher = Matcher.builder().standards(standards).build();
        List<LuceneBm25fAnchor.Doc> standardDocs = new ArrayList<>();
        for (ProfessionalStandard s : standards) {
            standardDocs.add(new LuceneBm25fAnchor.Doc(s.code(), text(s.passport().title()),
                    s.requirements().stream().map(r -> text(r.text())).toList()));
        }
        lucene = new LuceneBm25fAnchor(standardDocs);
        programDocs = programs.stream().map(RankingBenchmark::doc).toList();
        for (LuceneBm25fAnchor.Doc p : programDocs) {
            lucene.query(p); // raises Lucene's clause limit in setup if some program needs it
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        lucene.close();
    }

    /** Full ranking of every standard plus the explained top 10, for every program. */
    @Benchmark
    public void opennqf(Blackhole bh) {
        for (EducationalProgram p : programs) {
            bh.consume(matcher.standardRanking(p, TOP_EXPLAINED));
        }
    }

    /** A two-field BM25 query per program, all 867 standards collected. */
    @Benchmark
    public void luceneBm25(Blackhole bh) throws IOException {
        for (LuceneBm25fAnchor.Doc p : programDocs) {
            TopDocs hits = lucene.search(p, lucene.size());
            bh.consume(hits);
        }
    }

    /** The BM25 query of one program: SHOULD clauses on both fields, title terms boosted. */
    Query query(EducationalProgram p) {
        return lucene.query(doc(p));
    }

    private static LuceneBm25fAnchor.Doc doc(EducationalProgram p) {
        return new LuceneBm25fAnchor.Doc(p.id(), text(p.title()), p.outcomes().stream().map(o -> text(o.statement())).toList());
    }

    private static String text(MultilingualText text) {
        return text.resolve(LanguagePriority.KAZAKHSTAN);
    }

    // Accessors for the sanity check in tests and for ad-hoc use.
    IndexSearcher searcher() {
        return lucene.searcher();
    }

    List<EducationalProgram> programs() {
        return programs;
    }
}

package io.github.opennqf.benchmarks;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final float TITLE_BOOST = 2f;
    /** Explained matches per program, as in the accuracy benchmark. */
    static final int TOP_EXPLAINED = 10;

    private List<EducationalProgram> programs;
    private Matcher matcher;
    private Analyzer analyzer;
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private int standardCount;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path data = BenchmarkData.cipsocDev();
        programs = TabularFormat.readPrograms(data.resolve("programs.csv"));
        List<ProfessionalStandard> standards = TabularFormat.readStandards(data.resolve("standards.csv"));
        standardCount = standards.size();
        matcher = Matcher.builder().standards(standards).build();

        analyzer = new EnglishAnalyzer();
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ProfessionalStandard s : standards) {
                Document doc = new Document();
                doc.add(new StringField("id", s.code(), Field.Store.YES));
                doc.add(new TextField(TITLE, text(s.passport().title()), Field.Store.NO));
                for (Requirement r : s.requirements()) {
                    doc.add(new TextField(TEXT, text(r.text()), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        // Each distinct term gives two clauses (title and text fields); raise Lucene's global clause
        // limit (default 1024) only if some program needs more.
        int maxClauses = 0;
        for (EducationalProgram p : programs) {
            maxClauses = Math.max(maxClauses, 2 * termWeights(p).size());
        }
        if (maxClauses > IndexSearcher.getMaxClauseCount()) {
            IndexSearcher.setMaxClauseCount(maxClauses);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
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
        for (EducationalProgram p : programs) {
            TopDocs hits = searcher.search(query(p), standardCount);
            bh.consume(hits);
        }
    }

    /** The BM25 query of one program: SHOULD clauses on both fields, title terms boosted. */
    Query query(EducationalProgram p) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> e : termWeights(p).entrySet()) {
            for (String field : new String[] {TITLE, TEXT}) {
                Query term = new TermQuery(new Term(field, e.getKey()));
                q.add(e.getValue() == 1f ? term : new BoostQuery(term, e.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    /**
     * Each distinct analysed term of the program with its query weight: the sum over its occurrences
     * of 2 (title) or 1 (outcome text), so repeated terms weigh as repeated clauses would.
     */
    Map<String, Float> termWeights(EducationalProgram p) {
        Map<String, Float> weights = new LinkedHashMap<>();
        analyse(text(p.title()), TITLE_BOOST, weights);
        for (LearningOutcome o : p.outcomes()) {
            analyse(text(o.statement()), 1f, weights);
        }
        return weights;
    }

    private void analyse(String text, float weight, Map<String, Float> into) {
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.merge(term.toString(), weight, Float::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(MultilingualText text) {
        return text.resolve(LanguagePriority.KAZAKHSTAN);
    }

    // Accessors for the sanity check in tests and for ad-hoc use.
    IndexSearcher searcher() {
        return searcher;
    }

    List<EducationalProgram> programs() {
        return programs;
    }
}

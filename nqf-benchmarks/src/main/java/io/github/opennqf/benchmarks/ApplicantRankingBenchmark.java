package io.github.opennqf.benchmarks;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking applicants for one vacancy (issue 11): {@value #PROFILES} generated applicants, about 20
 * evidence statements each ({@link GeneratedApplicants}), against the O*NET "Software Developers"
 * card (15-1252, 20 requirements) of the cipsoc-dev standards, the matcher compiled from all 867
 * standards once in setup; the best {@value #TOP} kept.
 *
 * <ul>
 *   <li>{@link #opennqf}: {@link ApplicantAssessor#rank} on {@code threads} worker threads: every
 *       applicant's evidence checked, weighed and scored against the card; the best 10 fully
 *       assessed (eligibility, flags, requirement-by-requirement explanation).</li>
 *   <li>{@link #luceneBm25}: the baseline the issue names: Lucene BM25 over each applicant's
 *       concatenated evidence text ({@code EnglishAnalyzer}, one text field, documents added from
 *       {@code threads} threads to one in-memory index), then one search with the card's
 *       requirements as the query (SHOULD term clauses weighted by occurrences), the best 10
 *       collected.</li>
 * </ul>
 * One operation ranks all {@value #PROFILES} applicants; applicants per second are
 * {@value #PROFILES} divided by the time, and the ratio of the two scores is the figure to quote.
 *
 * <pre>
 * java -jar nqf-benchmarks/target/benchmarks.jar ApplicantRankingBenchmark [-p threads=2]
 *      [-Dopennqf.data=../shared/data/cipsoc-dev]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ApplicantRankingBenchmark {
    /** Applicants ranked per operation. */
    static final int PROFILES = 20_000;
    /** Applicants kept. */
    static final int TOP = 10;
    /** The card: O*NET Software Developers. */
    static final String STANDARD = "15-1252";
    static final LocalDate ON = LocalDate.of(2026, 12, 1);

    @Param({"1", "2"})
    public int threads;

    /**
     * {@code new}: every work task is text never seen before (the hard case: 8 of 20 statements
     * analysed afresh); {@code pooled}: tasks come from the same 30,000-odd sentences as the rest,
     * as when a portal offers a list of duties to choose from.
     */
    @Param({"new", "pooled"})
    public String tasks;

    private List<ApplicantProfile> profiles;
    private ApplicantAssessor assessor;
    private ExecutorService executor;
    private LuceneProfileIndex lucene;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path data = BenchmarkData.cipsocDev();
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(data.resolve("standards.csv"));
        ProfessionalStandard card = standards.stream().filter(s -> s.code().equals(STANDARD)).findFirst()
                .orElseThrow(() -> new IllegalStateException("standard " + STANDARD + " is not in " + data));
        Matcher matcher = Matcher.builder().standards(standards).build();
        assessor = ApplicantAssessor.builder(matcher, card, card.professionCards().get(0).id()).on(ON).build();
        GeneratedApplicants generator = GeneratedApplicants.fromTexts(data, 42);
        profiles = ("pooled".equals(tasks) ? generator.withPooledTasks() : generator).generate(PROFILES, ON);
        executor = Executors.newFixedThreadPool(threads);
        lucene = new LuceneProfileIndex(card, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        executor.shutdownNow();
    }

    /** Every applicant assessed against the card, the best 10 kept and explained. */
    @Benchmark
    public ApplicantRanking opennqf() {
        return assessor.rank(profiles, TOP, executor);
    }

    /** Every applicant's text indexed, the card's requirements searched, the best 10 collected. */
    @Benchmark
    public TopDocs luceneBm25() throws Exception {
        return lucene.rank(profiles, TOP, executor);
    }

    // for the test
    ApplicantAssessor assessor() {
        return assessor;
    }

    List<ApplicantProfile> profiles() {
        return profiles;
    }

    LuceneProfileIndex lucene() {
        return lucene;
    }

    ExecutorService executor() {
        return executor;
    }
}

package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.matching.internal.CompiledMatcher;
import io.github.opennqf.matching.internal.DocVectors;
import io.github.opennqf.matching.internal.Engine;
import io.github.opennqf.matching.internal.OutcomeIndex;
import io.github.opennqf.matching.internal.PrimitiveSort;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Matches educational programs against professional standards: how well a program's learning
 * outcomes cover a standard's requirements, explained requirement by requirement; which
 * requirements are gaps; the best standards for a program and the best programs for a standard;
 * the full coverage matrix.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.builder()
 *         .standards(standards)          // compiled once ...
 *         .programs(programs)
 *         .build();
 * CoverageReport report = matcher.coverage(program, standard);      // ... queried many times
 * List<RankedMatch> best = matcher.rankStandards(program, 10);
 * CoverageMatrix all = matcher.coverageMatrix(4, ProgressListener.NONE);
 * }</pre>
 *
 * <p>How scores are made: every statement is analysed in each of its languages (English and
 * Russian stemming and stop words; Kazakh light stemming plus character n-grams; the language is
 * detected when untagged) and weighted by TF-IDF over the compiled corpus. Two statements' similarity
 * is the cosine of their vectors, or 1 when they carry the same taxonomy concept URI; it is reduced
 * by {@link MatchingConfig#crossCategoryCredit()} across incompatible categories and capped by
 * {@link MatchingConfig#belowLevelCap()} when the outcome is below the required level. A
 * requirement's score is its best outcome's similarity; coverage is the weighted mean of the
 * requirement scores. Ranking blends coverage with how much of the program is relevant, title and
 * whole-document similarity and BM25 keyword relevance ({@link RankingWeights}), and with embedding
 * similarity when an embedder is set.
 *
 * <p>Programs and standards passed to the query methods need not have been compiled in: others are
 * analysed on the fly against the compiled vocabulary. Ranking and matrices cover the compiled ones.
 *
 * <p>Immutable and thread-safe: build once, share across threads. Results are deterministic: the
 * same inputs, in any order and with any number of threads, give the same numbers. The only state
 * that changes after building is internal and unobservable: with an embedder, the embeddings of the
 * last few uncompiled query documents are remembered (keyed by object identity, held weakly,
 * bounded), so that asking about the same program again does not run the model again.
 *
 * @since 0.1.0
 */
public final class Matcher {
    /** How many uncompiled query documents' embeddings a hybrid matcher remembers. */
    private static final int QUERY_EMBEDDINGS_CACHED = 64;
    private static final Confidence LOW = new Confidence(EnumSet.of(Confidence.ReviewReason.LOW_SCORE));
    private static final Confidence CLOSE = new Confidence(EnumSet.of(Confidence.ReviewReason.SMALL_MARGIN));
    private static final Confidence LOW_AND_CLOSE = new Confidence(
            EnumSet.of(Confidence.ReviewReason.LOW_SCORE, Confidence.ReviewReason.SMALL_MARGIN));

    private final MatchingConfig config;
    private final List<ProfessionalStandard> standards;
    private final List<EducationalProgram> programs;
    private final Map<String, Integer> standardIndex;
    private final Map<String, Integer> programIndex;
    private final CompiledMatcher compiled;
    private final int[] standardIdRank;
    private final int[] programIdRank;
    private final String[] standardCodes;
    private final String[] programIds;
    private final @Nullable DocumentEmbeddings embeddings;
    private final float[] @Nullable [] standardEmbeddings;
    private final float[] @Nullable [] programEmbeddings;
    /** Embeddings of recent uncompiled queries (hybrid only); changes how often the model runs, never a result. */
    private final QueryEmbeddingCache queryEmbeddings = new QueryEmbeddingCache(QUERY_EMBEDDINGS_CACHED);

    private Matcher(Builder b) {
        this.config = b.config;
        this.standards = List.copyOf(b.standards);
        this.programs = List.copyOf(b.programs);
        this.standardIndex = index(standards.stream().map(ProfessionalStandard::code).toList(), "standards");
        this.programIndex = index(programs.stream().map(EducationalProgram::id).toList(), "programs");
        this.compiled = new CompiledMatcher(standards, programs, config);
        this.standardCodes = standards.stream().map(ProfessionalStandard::code).toArray(String[]::new);
        this.programIds = programs.stream().map(EducationalProgram::id).toArray(String[]::new);
        this.standardIdRank = idRanks(List.of(standardCodes));
        this.programIdRank = idRanks(List.of(programIds));
        if (b.embedder == null) {
            this.embeddings = null;
            this.standardEmbeddings = null;
            this.programEmbeddings = null;
        } else {
            this.embeddings = new DocumentEmbeddings(b.embedder, config.explanationLanguages());
            this.standardEmbeddings = embeddings.ofStandards(standards);
            this.programEmbeddings = embeddings.ofPrograms(programs);
        }
    }

    private static Map<String, Integer> index(List<String> ids, String field) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (map.putIfAbsent(ids.get(i), i) != null) {
                throw new InvalidValueException(field, ids.get(i), "appears more than once; ids must be unique");
            }
        }
        return Map.copyOf(map);
    }

    /** @return a builder; builders are not thread-safe */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the configuration */
    public MatchingConfig config() {
        return config;
    }

    /** @return the compiled standards, in the order given */
    public List<ProfessionalStandard> standards() {
        return standards;
    }

    /** @return the compiled programs, in the order given */
    public List<EducationalProgram> programs() {
        return programs;
    }

    /**
     * How well the program covers the standard, requirement by requirement.
     *
     * @param program a program, compiled or not
     * @param standard a standard, compiled or not
     * @return the report
     */
    public CoverageReport coverage(EducationalProgram program, ProfessionalStandard standard) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(standard, "standard");
        return compiled.explainer().explain(program, vectors(program), standard, vectors(standard));
    }

    /**
     * @param programId the id of a compiled program
     * @param standardId the code of a compiled standard
     * @return the report
     * @throws InvalidValueException if either is not compiled
     */
    public CoverageReport coverage(String programId, String standardId) {
        return coverage(program(programId), standard(standardId));
    }

    /**
     * The compiled standards that best fit a program, best first, each explained.
     *
     * @param program a program, compiled or not
     * @param k how many, at least 1
     * @return at most {@code k} ranked standards, each with its coverage report
     */
    public List<RankedMatch> rankStandards(EducationalProgram program, int k) {
        requirePositive(k);
        return standardRanking(program, k).explained();
    }

    /**
     * The compiled programs that best fit a standard, best first, each explained.
     *
     * @param standard a standard, compiled or not
     * @param k how many, at least 1
     * @return at most {@code k} ranked programs, each with its coverage report
     */
    public List<RankedMatch> rankPrograms(ProfessionalStandard standard, int k) {
        requirePositive(k);
        return programRanking(standard, k).explained();
    }

    /**
     * Every compiled standard's ranking score for a program, best first (ties by code), without
     * explanations: for whole rankings, evaluation and export. The scores and order are those of
     * {@link #rankStandards}.
     *
     * @param program a program, compiled or not
     * @return one score per compiled standard
     */
    public List<CandidateScore> scoreStandards(EducationalProgram program) {
        return standardRanking(program, 0).candidates();
    }

    /**
     * Every compiled program's ranking score for a standard, best first (ties by id), without
     * explanations. The scores and order are those of {@link #rankPrograms}.
     *
     * @param standard a standard, compiled or not
     * @return one score per compiled program
     */
    public List<CandidateScore> scorePrograms(ProfessionalStandard standard) {
        return programRanking(standard, 0).candidates();
    }

    /**
     * The whole ranking of the compiled standards for a program and explanations of the first
     * {@code explainTop}, from one scoring pass.
     *
     * @param program a program, compiled or not
     * @param explainTop how many of the best to explain, 0 or more
     * @return the ranking
     */
    public Ranking standardRanking(EducationalProgram program, int explainTop) {
        Objects.requireNonNull(program, "program");
        requireNonNegative(explainTop);
        int known = compiledIndex(program);
        DocVectors query = known >= 0 ? compiled.programVectors(known) : compiled.vectorise(program);
        double[] scores = hybrid(blend(compiled.scoreAgainstStandards(query, true)), programEmbedding(program, known),
                standardEmbeddings);
        int[] order = order(scores, standardIdRank);
        int top = Math.min(explainTop, order.length);
        List<RankedMatch> explained = new ArrayList<>(top);
        if (top > 0) {
            // the program side of the explanations, built once for all of them
            OutcomeIndex outcomes = compiled.explainer().index(program, query);
            for (int r = 0; r < top; r++) {
                ProfessionalStandard s = standards.get(order[r]);
                CoverageReport report = compiled.explainer().explain(outcomes, s, compiled.standardVectors(order[r]));
                explained.add(new RankedMatch(program.id(), r + 1, s.code(), scores[order[r]],
                        rankConfidence(scores, order, r), report));
            }
        }
        return new Ranking(program.id(), candidates(scores, order, standardCodes), explained);
    }

    /**
     * The whole ranking of the compiled programs for a standard and explanations of the first
     * {@code explainTop}, from one scoring pass.
     *
     * @param standard a standard, compiled or not
     * @param explainTop how many of the best to explain, 0 or more
     * @return the ranking
     */
    public Ranking programRanking(ProfessionalStandard standard, int explainTop) {
        Objects.requireNonNull(standard, "standard");
        requireNonNegative(explainTop);
        int known = compiledIndex(standard);
        DocVectors query = known >= 0 ? compiled.standardVectors(known) : compiled.vectorise(standard);
        double[] scores = hybrid(blend(compiled.scoreAgainstPrograms(query, true)), standardEmbedding(standard, known),
                programEmbeddings);
        int[] order = order(scores, programIdRank);
        List<RankedMatch> explained = new ArrayList<>();
        for (int r = 0; r < Math.min(explainTop, order.length); r++) {
            EducationalProgram p = programs.get(order[r]);
            CoverageReport report = compiled.explainer().explain(p, compiled.programVectors(order[r]), standard, query);
            explained.add(new RankedMatch(standard.code(), r + 1, p.id(), scores[order[r]],
                    rankConfidence(scores, order, r), report));
        }
        return new Ranking(standard.code(), candidates(scores, order, programIds), explained);
    }

    private static List<CandidateScore> candidates(double[] scores, int[] order, String[] ids) {
        CandidateScore[] all = new CandidateScore[order.length];
        for (int r = 0; r < order.length; r++) {
            all[r] = new CandidateScore(ids[order[r]], scores[order[r]]);
        }
        // immutable, so that the ranking keeps it without copying again
        return List.of(all);
    }

    /**
     * The coverage of every compiled standard by every compiled program, computed in parallel.
     * Each cell equals {@code coverage(program, standard).score()} exactly, whatever the thread
     * count; {@link CoverageMatrix#explain} gives the report of any cell.
     *
     * @param threads worker threads, at least 1
     * @param progress told after each program; may be {@link ProgressListener#NONE}
     * @return the matrix
     */
    public CoverageMatrix coverageMatrix(int threads, ProgressListener progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(progress, "progress");
        double[][] cells = new double[programs.size()][];
        AtomicLong done = new AtomicLong();
        long total = programs.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "opennqf-matrix");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int p = 0; p < programs.size(); p++) {
                int row = p;
                futures.add(pool.submit(() -> {
                    cells[row] = compiled.scoreAgainstStandards(compiled.programVectors(row), false).requirementCoverage();
                    progress.onProgress(done.incrementAndGet(), total);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the coverage matrix", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("coverage matrix failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new CoverageMatrix(this, cells);
    }

    /** Approximate heap held by the compiled index, in bytes. */
    long indexBytes() {
        return compiled.indexBytes();
    }

    EducationalProgram program(String id) {
        Integer i = programIndex.get(Objects.requireNonNull(id, "programId"));
        if (i == null) {
            throw new InvalidValueException("programId", id, "is not a program of this matcher");
        }
        return programs.get(i);
    }

    ProfessionalStandard standard(String code) {
        Integer i = standardIndex.get(Objects.requireNonNull(code, "standardId"));
        if (i == null) {
            throw new InvalidValueException("standardId", code, "is not a standard of this matcher");
        }
        return standards.get(i);
    }

    private DocVectors vectors(EducationalProgram program) {
        int i = compiledIndex(program);
        return i >= 0 ? compiled.programVectors(i) : compiled.vectorise(program);
    }

    private DocVectors vectors(ProfessionalStandard standard) {
        int i = compiledIndex(standard);
        return i >= 0 ? compiled.standardVectors(i) : compiled.vectorise(standard);
    }

    /**
     * The index of a compiled program, or -1: found by id, then the same object, or else an equal
     * one (a deep comparison, made only when the ids match).
     */
    private int compiledIndex(EducationalProgram program) {
        Integer i = programIndex.get(program.id());
        if (i == null) {
            return -1;
        }
        EducationalProgram known = programs.get(i);
        return known == program || known.equals(program) ? i : -1;
    }

    /** The index of a compiled standard, or -1; as {@link #compiledIndex(EducationalProgram)}. */
    private int compiledIndex(ProfessionalStandard standard) {
        Integer i = standardIndex.get(standard.code());
        if (i == null) {
            return -1;
        }
        ProfessionalStandard known = standards.get(i);
        return known == standard || known.equals(standard) ? i : -1;
    }

    /**
     * With an embedder: on each candidate whose document embedding exists (its language is
     * covered), as has the query's, mixes in the cosine of the two embeddings; elsewhere keeps the
     * lexical score, so hybrid is never worse than lexical on uncovered languages.
     */
    private double[] hybrid(double[] lexical, float @Nullable [] query, float[] @Nullable [] candidates) {
        if (query == null || candidates == null) {
            return lexical;
        }
        double h = config.hybridWeight();
        for (int i = 0; i < lexical.length; i++) {
            float[] c = candidates[i];
            if (c != null) {
                lexical[i] = (1 - h) * lexical[i] + h * Math.max(0, DocumentEmbeddings.dot(query, c));
            }
        }
        return lexical;
    }

    /**
     * The query's embedding for hybrid ranking, or {@code null}: a compiled program's comes from
     * build time, another's is computed once and remembered (by identity) for the next calls.
     */
    private float @Nullable [] programEmbedding(EducationalProgram program, int compiledIndex) {
        if (embeddings == null || programEmbeddings == null) {
            return null;
        }
        return compiledIndex >= 0 ? programEmbeddings[compiledIndex] : queryEmbeddings.get(program, embeddings::of);
    }

    private float @Nullable [] standardEmbedding(ProfessionalStandard standard, int compiledIndex) {
        if (embeddings == null || standardEmbeddings == null) {
            return null;
        }
        return compiledIndex >= 0 ? standardEmbeddings[compiledIndex] : queryEmbeddings.get(standard, embeddings::of);
    }

    private double[] blend(Engine.Scores scores) {
        RankingWeights w = config.ranking();
        double total = w.total();
        double[] coverage = scores.requirementCoverage();
        double[] relevance = scores.outcomeRelevance();
        double[] title = scores.titleSimilarity();
        double[] document = scores.documentSimilarity();
        double[] keywords = scores.bm25();
        double[] out = new double[coverage.length];
        for (int i = 0; i < out.length; i++) {
            double v = w.requirementCoverage() * coverage[i] + w.outcomeRelevance() * relevance[i]
                    + w.titleSimilarity() * title[i] + w.documentSimilarity() * document[i]
                    + w.keywordRelevance() * keywords[i];
            out[i] = Math.min(1, Math.max(0, v / total));
        }
        return out;
    }

    private Confidence rankConfidence(double[] scores, int[] order, int r) {
        boolean low = scores[order[r]] < config.weakThreshold();
        double next = r + 1 < order.length ? scores[order[r + 1]] : secondBest(scores, order);
        boolean close = scores[order[r]] - next < config.reviewMargin() && next > 0;
        return low ? (close ? LOW_AND_CLOSE : LOW) : (close ? CLOSE : Confidence.CLEAR);
    }

    /** The best score not among the chosen ones (the runner-up of the last chosen). */
    private static double secondBest(double[] scores, int[] chosen) {
        boolean[] taken = new boolean[scores.length];
        for (int c : chosen) {
            taken[c] = true;
        }
        double best = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!taken[i] && scores[i] > best) {
                best = scores[i];
            }
        }
        return best;
    }

    /**
     * Indices by score descending, then id ascending; ids are compared through their rank in
     * sorted order, computed once at build time.
     */
    private static int[] order(double[] scores, int[] idRank) {
        return PrimitiveSort.orderByScore(scores, idRank);
    }

    /** For each index, its position when the ids are sorted. */
    private static int[] idRanks(List<String> ids) {
        Integer[] idx = new Integer[ids.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        int[] rank = new int[idx.length];
        for (int r = 0; r < idx.length; r++) {
            rank[idx[r]] = r;
        }
        return rank;
    }

    private static void requireNonNegative(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("explainTop must be 0 or more, was " + k);
        }
    }

    private static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    /**
     * Collects what a matcher is built from. Not thread-safe; the matcher it builds is.
     */
    public static final class Builder {
        private MatchingConfig config = MatchingConfig.DEFAULTS;
        private final List<ProfessionalStandard> standards = new ArrayList<>();
        private final List<EducationalProgram> programs = new ArrayList<>();
        private @Nullable SentenceEmbedder embedder;

        private Builder() {}

        /**
         * Turns on hybrid ranking: each document's title, and its title with its first statement,
         * are embedded once at build time, and the mean of the two cosines of two documents takes
         * {@link MatchingConfig#hybridWeight()} of the ranking score, on documents whose language
         * the embedder covers. Coverage reports stay lexical, so they remain explainable term by term.
         *
         * @param value the embedder, or {@code null} for lexical matching only
         * @return this builder
         */
        public Builder embedder(@Nullable SentenceEmbedder value) {
            this.embedder = value;
            return this;
        }

        /** @param value the configuration @return this builder */
        public Builder config(MatchingConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** @param values standards to compile in @return this builder */
        public Builder standards(Collection<ProfessionalStandard> values) {
            for (ProfessionalStandard s : Objects.requireNonNull(values, "standards")) {
                standards.add(Objects.requireNonNull(s, "standard"));
            }
            return this;
        }

        /** @param values programs to compile in @return this builder */
        public Builder programs(Collection<EducationalProgram> values) {
            for (EducationalProgram p : Objects.requireNonNull(values, "programs")) {
                programs.add(Objects.requireNonNull(p, "program"));
            }
            return this;
        }

        /**
         * Compiles the matcher: analyses every statement once and builds the indexes.
         *
         * @return the matcher
         * @throws InvalidValueException if two standards share a code or two programs an id
         */
        public Matcher build() {
            return new Matcher(this);
        }
    }
}

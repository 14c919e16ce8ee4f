package io.github.opennqf.matching;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.matching.internal.CompiledMatcher;
import io.github.opennqf.matching.internal.DocVectors;
import io.github.opennqf.matching.internal.MatcherFile;
import io.github.opennqf.matching.internal.PrimitiveSort;
import io.github.opennqf.matching.internal.Scoring;
import io.github.opennqf.matching.internal.StatementIndex;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Matches queries — educational programs, a person's evidence, free text — against professional
 * standards: how well a query's statements cover a standard's requirements (or one profession
 * card's, or one labour function's), explained requirement by requirement; which requirements are
 * gaps; the best standards for a query and the best programs for a standard; the full coverage
 * matrix. A compiled matcher can be saved and loaded back without compiling again.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.builder()
 *         .standards(standards)          // compiled once ...
 *         .build();
 * CoverageReport report = matcher.coverage(Query.of(program), standard);        // ... queried many times
 * CoverageReport card = matcher.coverage(Query.ofTexts("vacancy-1", "en", lines), standard,
 *         CoverageScope.card("PC-02"));
 * List<RankedMatch> best = matcher.rankStandards(Query.of(program), 10);
 * matcher.save(Path.of("standards.nqfm"));                                       // compile once ...
 * Matcher same = Matcher.load(Path.of("standards.nqfm"));                         // ... load fast
 * }</pre>
 *
 * <p>How scores are made: every statement is analysed in each of its languages (English and
 * Russian stemming and stop words; Kazakh light stemming plus character n-grams; the language is
 * detected when untagged) and weighted by TF-IDF over the compiled standards. A statement's
 * similarity to a requirement is the cosine of their vectors, or 1 when they carry the same
 * taxonomy concept URI; it is reduced by {@link MatchingConfig#crossCategoryCredit()} across
 * incompatible categories, capped by {@link MatchingConfig#belowLevelCap()} when the statement is
 * below the required level, and multiplied by the statement's weight. A requirement's score is its
 * best statement's similarity; coverage is the weighted mean of the requirement scores. Ranking
 * blends coverage with how much of the query is relevant, title and whole-document similarity and
 * BM25 keyword relevance ({@link RankingWeights}), and with embedding similarity when an embedder
 * is set.
 *
 * <p>A query's scores depend only on the query, the compiled standards and the configuration:
 * never on which programs were compiled (they are only the candidates of {@link #rankPrograms}
 * and the rows of {@link #coverageMatrix}) nor on what else is scored. Standards passed to the
 * query methods need not have been compiled in: others are analysed on the fly against the
 * compiled vocabulary.
 *
 * <p>Immutable and thread-safe: build once, share across threads. Results are deterministic: the
 * same inputs, in any order and with any number of threads, give the same numbers. The only state
 * that changes after building is internal and unobservable: with an embedder, the embeddings of the
 * last few uncompiled queries are remembered (keyed by object identity, held weakly, bounded), so
 * that asking about the same query again does not run the model again.
 *
 * @since 0.1.0
 */
public final class Matcher {
    private final MatchingConfig config;
    private final List<ProfessionalStandard> standards;
    private final List<EducationalProgram> programs;
    private final List<Query> programQueries;
    private final Map<String, Integer> standardIndex;
    private final Map<String, Integer> programIndex;
    private final CompiledMatcher compiled;
    private final int[] standardIdRank;
    private final int[] programIdRank;
    private final String[] standardCodes;
    private final String[] programIds;

    private Matcher(Builder b) {
        this(b.config, b.standards, b.programs, null, b.embedder);
    }

    /**
     * @param loaded the compiled standards, when loaded from a file; {@code null} to compile them
     */
    private Matcher(MatchingConfig config, List<ProfessionalStandard> standards, List<EducationalProgram> programs,
            MatcherFile.@Nullable Loaded loaded, @Nullable SentenceEmbedder embedder) {
        this.config = config;
        this.standards = List.copyOf(standards);
        this.programs = List.copyOf(programs);
        this.standardIndex = index(this.standards.stream().map(ProfessionalStandard::code).toList(), "standards");
        this.programIndex = index(this.programs.stream().map(EducationalProgram::id).toList(), "programs");
        this.programQueries = this.programs.stream().map(Query::of).toList();
        this.compiled = loaded == null ? new CompiledMatcher(this.standards, programQueries, config, embedder)
                : loaded.withCandidates(programQueries);
        this.standardCodes = this.standards.stream().map(ProfessionalStandard::code).toArray(String[]::new);
        this.programIds = this.programs.stream().map(EducationalProgram::id).toArray(String[]::new);
        this.standardIdRank = idRanks(List.of(standardCodes));
        this.programIdRank = idRanks(List.of(programIds));
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

    /** @return the compiled programs (the candidates of {@link #rankPrograms}), in the order given */
    public List<EducationalProgram> programs() {
        return programs;
    }

    /**
     * How well a query covers a whole standard, requirement by requirement.
     *
     * @param query a query
     * @param standard a standard, compiled or not
     * @return the report
     */
    public CoverageReport coverage(Query query, ProfessionalStandard standard) {
        return coverage(query, standard, CoverageScope.WHOLE_STANDARD);
    }

    /**
     * How well a query covers the requirements of a standard in scope: all of them, one profession
     * card's or one labour function's.
     *
     * @param query a query
     * @param standard a standard, compiled or not
     * @param scope which requirements
     * @return the report
     * @throws InvalidValueException if the scope names a card or function the standard lacks
     */
    public CoverageReport coverage(Query query, ProfessionalStandard standard, CoverageScope scope) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(scope, "scope");
        scope.requireIn(standard);
        int known = compiledIndex(query);
        DocVectors qv = known >= 0 ? compiled.candidateVectors(known) : compiled.vectorise(query);
        return compiled.explainer().explain(compiled.explainer().index(query, qv), standard, vectors(standard), scope);
    }

    /**
     * The score of {@link #coverage(Query, ProfessionalStandard, CoverageScope)}, equal to its
     * {@link CoverageReport#score()} bit for bit, without building the report: for ranking many
     * queries (applicants, vacancies' candidates) against one scope, explaining only the best.
     *
     * @param query a query
     * @param standard a standard, compiled or not
     * @param scope which requirements
     * @return the coverage score, in [0, 1]
     * @throws InvalidValueException if the scope names a card or function the standard lacks
     */
    public double coverageScore(Query query, ProfessionalStandard standard, CoverageScope scope) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(scope, "scope");
        scope.requireIn(standard);
        int known = compiledIndex(query);
        DocVectors qv = known >= 0 ? compiled.candidateVectors(known) : compiled.vectoriseForCoverageScore(query);
        return compiled.explainer().score(compiled.explainer().scoringIndex(query, qv), standard, vectors(standard), scope);
    }

    /**
     * How well a program covers a standard: {@code coverage(Query.of(program), standard)}.
     *
     * @param program a program, compiled or not
     * @param standard a standard, compiled or not
     * @return the report
     */
    public CoverageReport coverage(EducationalProgram program, ProfessionalStandard standard) {
        return coverage(query(program), standard);
    }

    /**
     * @param programId the id of a compiled program
     * @param standardId the code of a compiled standard
     * @return the report
     * @throws InvalidValueException if either is not compiled
     */
    public CoverageReport coverage(String programId, String standardId) {
        return coverage(programQueries.get(programRow(programId)), standard(standardId));
    }

    /**
     * The compiled standards that best fit a query, best first, each explained.
     *
     * @param query a query
     * @param k how many, at least 1
     * @return at most {@code k} ranked standards, each with its coverage report
     */
    public List<RankedMatch> rankStandards(Query query, int k) {
        requirePositive(k);
        return standardRanking(query, k).explained();
    }

    /** @param program a program, compiled or not @param k how many, at least 1 @return as {@link #rankStandards(Query, int)} */
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
     * Every compiled standard's ranking score for a query, best first (ties by code), without
     * explanations: for whole rankings, evaluation and export. The scores and order are those of
     * {@link #rankStandards}.
     *
     * @param query a query
     * @return one score per compiled standard
     */
    public List<CandidateScore> scoreStandards(Query query) {
        return standardRanking(query, 0).candidates();
    }

    /** @param program a program, compiled or not @return as {@link #scoreStandards(Query)} */
    public List<CandidateScore> scoreStandards(EducationalProgram program) {
        return standardRanking(program, 0).candidates();
    }

    /**
     * The {@code k} best compiled standards' ranking scores for a query, best first: the first
     * {@code k} of {@link #scoreStandards(Query)}, without making the rest.
     *
     * @param query a query
     * @param k how many, at least 1
     * @return at most {@code k} scores
     */
    public List<CandidateScore> scoreStandards(Query query, int k) {
        Objects.requireNonNull(query, "query");
        requirePositive(k);
        return bestStandards(query, query, k);
    }

    /** @param program a program, compiled or not @param k how many, at least 1 @return as {@link #scoreStandards(Query, int)} */
    public List<CandidateScore> scoreStandards(EducationalProgram program, int k) {
        Objects.requireNonNull(program, "program");
        requirePositive(k);
        return bestStandards(program, query(program), k);
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
     * The {@code k} best compiled programs' ranking scores for a standard, best first: the first
     * {@code k} of {@link #scorePrograms(ProfessionalStandard)}, without making the rest.
     *
     * @param standard a standard, compiled or not
     * @param k how many, at least 1
     * @return at most {@code k} scores
     */
    public List<CandidateScore> scorePrograms(ProfessionalStandard standard, int k) {
        Objects.requireNonNull(standard, "standard");
        requirePositive(k);
        double[] scores = programScores(standard);
        return candidates(scores, PrimitiveSort.bestByScore(scores, programIdRank, k), programIds, k);
    }

    /**
     * The whole ranking of the compiled standards for a query and explanations of the first
     * {@code explainTop}, from one scoring pass.
     *
     * @param query a query
     * @param explainTop how many of the best to explain, 0 or more
     * @return the ranking
     */
    public Ranking standardRanking(Query query, int explainTop) {
        Objects.requireNonNull(query, "query");
        return standardRanking(query, query, explainTop);
    }

    /** @param program a program, compiled or not @param explainTop how many to explain @return as {@link #standardRanking(Query, int)} */
    public Ranking standardRanking(EducationalProgram program, int explainTop) {
        Objects.requireNonNull(program, "program");
        // the program keys its embedding in the cache, so asking about it twice embeds it once
        return standardRanking(program, query(program), explainTop);
    }

    private List<CandidateScore> bestStandards(Object cacheKey, Query query, int k) {
        int known = compiledIndex(query);
        DocVectors qv = known >= 0 ? compiled.candidateVectors(known) : compiled.vectoriseWithoutSpans(query);
        double[] scores = compiled.rankStandards(cacheKey, query, qv, known);
        return candidates(scores, PrimitiveSort.bestByScore(scores, standardIdRank, k), standardCodes, k);
    }

    private Ranking standardRanking(Object cacheKey, Query query, int explainTop) {
        requireNonNegative(explainTop);
        int known = compiledIndex(query);
        // the term spans serve only explanations: a ranking without them is analysed without offsets
        DocVectors qv = known >= 0 ? compiled.candidateVectors(known)
                : explainTop > 0 ? compiled.vectorise(query) : compiled.vectoriseWithoutSpans(query);
        double[] scores = compiled.rankStandards(cacheKey, query, qv, known);
        int[] order = PrimitiveSort.orderByScore(scores, standardIdRank);
        int top = Math.min(explainTop, order.length);
        List<RankedMatch> explained = new ArrayList<>(top);
        if (top > 0) {
            // the query side of the explanations, built once for all of them
            StatementIndex statements = compiled.explainer().index(query, qv);
            Scoring scoring = compiled.scoring();
            for (int r = 0; r < top; r++) {
                ProfessionalStandard s = standards.get(order[r]);
                CoverageReport report = compiled.explainer().explain(statements, s, compiled.standardVectors(order[r]),
                        CoverageScope.WHOLE_STANDARD);
                explained.add(new RankedMatch(query.id(), r + 1, s.code(), scores[order[r]],
                        scoring.rankConfidence(scores, order, r), report));
            }
        }
        return new Ranking(query.id(), candidates(scores, order, standardCodes), explained);
    }

    private double[] programScores(ProfessionalStandard standard) {
        int known = compiledIndex(standard);
        return compiled.rankCandidates(standard, known >= 0 ? compiled.standardVectors(known) : compiled.vectorise(standard),
                known);
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
        DocVectors sv = known >= 0 ? compiled.standardVectors(known) : compiled.vectorise(standard);
        double[] scores = compiled.rankCandidates(standard, sv, known);
        int[] order = PrimitiveSort.orderByScore(scores, programIdRank);
        List<RankedMatch> explained = new ArrayList<>();
        Scoring scoring = compiled.scoring();
        for (int r = 0; r < Math.min(explainTop, order.length); r++) {
            Query p = programQueries.get(order[r]);
            CoverageReport report = compiled.explainer().explain(compiled.explainer().index(p, compiled.candidateVectors(order[r])),
                    standard, sv, CoverageScope.WHOLE_STANDARD);
            explained.add(new RankedMatch(standard.code(), r + 1, p.id(), scores[order[r]],
                    scoring.rankConfidence(scores, order, r), report));
        }
        return new Ranking(standard.code(), candidates(scores, order, programIds), explained);
    }

    private static List<CandidateScore> candidates(double[] scores, int[] order, String[] ids) {
        return candidates(scores, order, ids, order.length);
    }

    private static List<CandidateScore> candidates(double[] scores, int[] order, String[] ids, int k) {
        CandidateScore[] best = new CandidateScore[Math.min(k, order.length)];
        for (int r = 0; r < best.length; r++) {
            best[r] = new CandidateScore(ids[order[r]], scores[order[r]]);
        }
        // immutable, so that the ranking keeps it without copying again
        return List.of(best);
    }

    /**
     * The coverage of every compiled standard by every compiled program, one task per program on
     * the given executor (for example a {@code ForkJoinPool}, a fixed pool, or
     * {@code Runnable::run} for the calling thread). Each cell equals
     * {@code coverage(program, standard).score()} exactly, whatever the executor;
     * {@link CoverageMatrix#explain} gives the report of any cell. The executor is not shut down.
     *
     * @param executor runs the per-program tasks
     * @param progress told after each program; may be {@link ProgressListener#NONE}
     * @return the matrix
     * @throws IllegalStateException if a task fails or the calling thread is interrupted while waiting
     */
    public CoverageMatrix coverageMatrix(Executor executor, ProgressListener progress) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(progress, "progress");
        double[][] cells = new double[programs.size()][];
        AtomicLong done = new AtomicLong();
        long total = programs.size();
        CompletableFuture<?>[] futures = new CompletableFuture<?>[programs.size()];
        for (int p = 0; p < programs.size(); p++) {
            int row = p;
            futures[p] = CompletableFuture.runAsync(() -> {
                cells[row] = compiled.scoreAgainstStandards(compiled.candidateVectors(row), false).requirementCoverage();
                progress.onProgress(done.incrementAndGet(), total);
            }, executor);
        }
        try {
            CompletableFuture.allOf(futures).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the coverage matrix", e);
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            throw new IllegalStateException("coverage matrix failed: " + e.getCause(), e.getCause());
        }
        return new CoverageMatrix(this, cells);
    }

    /**
     * Saves the compiled matcher: the configuration, the standards, their analysed text index and,
     * when hybrid, their embeddings with the name of the model that made them. The compiled
     * programs are not saved (they are candidates, cheap to compile again). Loading the file gives
     * a matcher whose results are bit for bit those of this one. The format is versioned and
     * checksummed; see {@link Loader}.
     *
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void save(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        MatcherFile.write(out, config, standards, compiled);
    }

    /**
     * Saves the compiled matcher to a file, atomically: the file is replaced only once completely
     * written, and nothing is left behind on failure.
     *
     * @param file the file
     * @throws IOException if writing fails
     */
    public void save(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "its directory does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                save(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Loads a lexical matcher saved by {@link #save}; {@code loader().load(file)}.
     *
     * @param file the file
     * @return the matcher, with the saved configuration and standards and no programs
     * @throws IOException if reading fails
     * @throws MatcherFileException if the file is refused (see {@link Loader#load(InputStream)})
     */
    public static Matcher load(Path file) throws IOException {
        return loader().load(file);
    }

    /**
     * @return a loader of saved matchers, to say which embedder and configuration the file must
     *     have been saved with
     */
    public static Loader loader() {
        return new Loader();
    }

    /**
     * Loads matchers saved by {@link Matcher#save}: the whole file is read and checked before
     * anything is built. A file that is not a saved matcher, is truncated or corrupted (its
     * checksum does not match), comes from another format version or text-analysis revision, was
     * saved with another model than the embedder's (or with one when none is given, or without one
     * when one is), or with another configuration than the one required, is refused with a
     * {@link MatcherFileException} saying why, never half-loaded.
     *
     * <pre>{@code
     * Matcher matcher = Matcher.loader()
     *         .embedder(MiniLmEmbedder.instance())       // the file was saved hybrid
     *         .requireConfig(MatchingConfig.DEFAULTS)    // optional
     *         .load(Path.of("esco-occupations.nqfm"));
     * }</pre>
     *
     * <p>Not thread-safe; the matchers it loads are.
     */
    public static final class Loader {
        private @Nullable SentenceEmbedder embedder;
        private @Nullable MatchingConfig requiredConfig;

        private Loader() {}

        /**
         * @param value the embedder of the model the file was saved with, or {@code null} (the
         *     default) for a file saved lexical
         * @return this loader
         */
        public Loader embedder(@Nullable SentenceEmbedder value) {
            this.embedder = value;
            return this;
        }

        /**
         * @param value the configuration the file must have been saved with, or {@code null} (the
         *     default) to take the file's
         * @return this loader
         */
        public Loader requireConfig(@Nullable MatchingConfig value) {
            this.requiredConfig = value;
            return this;
        }

        /**
         * @param file the file
         * @return the matcher, with the saved configuration and standards and no programs
         * @throws IOException if reading fails
         * @throws MatcherFileException if the file is refused; its message names the file
         */
        public Matcher load(Path file) throws IOException {
            Objects.requireNonNull(file, "file");
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return load(in);
            } catch (MatcherFileException e) {
                throw e.inFile(file.toString());
            }
        }

        /**
         * @param in the stream, read to the end of the saved matcher; not closed
         * @return the matcher, with the saved configuration and standards and no programs
         * @throws IOException if reading fails
         * @throws MatcherFileException if the file is refused, with the reason
         */
        public Matcher load(InputStream in) throws IOException {
            Objects.requireNonNull(in, "in");
            MatcherFile.Loaded loaded = MatcherFile.read(in, embedder, requiredConfig);
            return new Matcher(loaded.config(), loaded.standards(), List.of(), loaded, embedder);
        }
    }

    /**
     * A matcher with the same compiled standards, configuration and embedder, and these programs as
     * the candidates of {@link #rankPrograms} and the rows of {@link #coverageMatrix}; the standards
     * are not compiled again. Scores do not change: programs never enter the standards' statistics.
     *
     * @param values the programs
     * @return the new matcher
     * @throws InvalidValueException if two programs share an id
     */
    public Matcher withPrograms(Collection<EducationalProgram> values) {
        List<EducationalProgram> list = new ArrayList<>(Objects.requireNonNull(values, "programs"));
        return new Matcher(config, standards, list, MatcherFile.reuse(compiled, config, standards), null);
    }

    /** Approximate heap held by the compiled index, in bytes. */
    long indexBytes() {
        return compiled.indexBytes();
    }

    /** @return how many query embeddings the cache holds (for tests) */
    int cachedQueryEmbeddings() {
        return compiled.cachedQueryEmbeddings();
    }

    int programRow(String id) {
        Integer i = programIndex.get(Objects.requireNonNull(id, "programId"));
        if (i == null) {
            throw new InvalidValueException("programId", id, "is not a program of this matcher");
        }
        return i;
    }

    int standardColumn(String code) {
        Integer i = standardIndex.get(Objects.requireNonNull(code, "standardId"));
        if (i == null) {
            throw new InvalidValueException("standardId", code, "is not a standard of this matcher");
        }
        return i;
    }

    ProfessionalStandard standard(String code) {
        return standards.get(standardColumn(code));
    }

    private DocVectors vectors(ProfessionalStandard standard) {
        int i = compiledIndex(standard);
        return i >= 0 ? compiled.standardVectors(i) : compiled.vectorise(standard);
    }

    /** A compiled program's query (made once), or a new one. */
    private Query query(EducationalProgram program) {
        Integer i = programIndex.get(program.id());
        if (i != null) {
            EducationalProgram known = programs.get(i);
            if (known == program || known.equals(program)) {
                return programQueries.get(i);
            }
        }
        return Query.of(program);
    }

    /**
     * The index of a compiled program's query, or -1: found by id, then the same object, or else an
     * equal one (a deep comparison, made only when the ids match). Its vectors are those any equal
     * query would get, so reusing them only saves analysing it again.
     */
    private int compiledIndex(Query query) {
        Integer i = programIndex.get(query.id());
        if (i == null) {
            return -1;
        }
        Query known = programQueries.get(i);
        return known == query || known.equals(query) ? i : -1;
    }

    /** The index of a compiled standard, or -1; as {@link #compiledIndex(Query)}. */
    private int compiledIndex(ProfessionalStandard standard) {
        Integer i = standardIndex.get(standard.code());
        if (i == null) {
            return -1;
        }
        ProfessionalStandard known = standards.get(i);
        return known == standard || known.equals(standard) ? i : -1;
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
         * are embedded once at build time (a query without title: its first statement), and the mean of the two cosines of two documents takes
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

        /**
         * Programs to compile in as the candidates of {@link Matcher#rankPrograms} and the rows of
         * {@link Matcher#coverageMatrix}. They do not change any score: term statistics come from
         * the standards alone.
         *
         * @param values programs to compile in
         * @return this builder
         */
        public Builder programs(Collection<EducationalProgram> values) {
            for (EducationalProgram p : Objects.requireNonNull(values, "programs")) {
                programs.add(Objects.requireNonNull(p, "program"));
            }
            return this;
        }

        /**
         * Compiles the matcher: analyses every statement once and builds the indexes (and, with an
         * embedder, embeds every document).
         *
         * @return the matcher
         * @throws InvalidValueException if two standards share a code or two programs an id
         */
        public Matcher build() {
            return new Matcher(this);
        }
    }
}

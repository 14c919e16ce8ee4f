package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.SentenceEmbedder;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.matching.internal.text.TextAnalysisOptions;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * The compiled state behind a {@code Matcher}: the corpus of the standards, an inverted index over
 * the standards and one over the candidate queries (the programs a standard is ranked against),
 * and pools of scratch engines so that concurrent queries don't allocate index-sized arrays each
 * time. The candidates are vectorised against the standards' vocabulary exactly as any other query
 * is, so compiling them changes no score. Thread-safe.
 */
public final class CompiledMatcher {
    private final Corpus corpus;
    private final DocVectors[] candidateDocs;
    private final SideIndex standardIndex;
    private final SideIndex candidateIndex;
    private final Scoring scoring;
    private final Explainer explainer;
    private final ConcurrentLinkedQueue<Engine> standardEngines = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Engine> candidateEngines = new ConcurrentLinkedQueue<>();
    private final @Nullable DocumentEmbeddings embeddings;
    private final float[] @Nullable [] standardEmbeddings;
    private final float[] @Nullable [] candidateEmbeddings;
    /** Embeddings of recent uncompiled queries (hybrid only); changes how often the model runs, never a result. */
    private final QueryEmbeddingCache queryEmbeddings = new QueryEmbeddingCache(QUERY_EMBEDDINGS_CACHED);

    /** Term vectors of recently scored statement texts; changes how often analysis runs, never a result. */
    private final StatementVectorCache statementVectors = new StatementVectorCache(STATEMENT_VECTORS_CACHED);
    /** How many statement texts' term vectors {@link #vectoriseForScore} remembers (a few MB). */
    private static final int STATEMENT_VECTORS_CACHED = 32_768;

    /** How many uncompiled query documents' embeddings a hybrid matcher remembers. */
    private static final int QUERY_EMBEDDINGS_CACHED = 64;

    /**
     * Compiles standards and candidates.
     *
     * @param embedder the embedder for hybrid ranking, or {@code null}
     */
    public CompiledMatcher(List<ProfessionalStandard> standards, List<Query> candidates, MatchingConfig config,
            @Nullable SentenceEmbedder embedder) {
        this(compile(standards, config), candidates, config,
                embedder == null ? null : new DocumentEmbeddings(embedder, config.explanationLanguages()), null, standards);
    }

    /**
     * Around a compiled (or loaded) corpus.
     *
     * @param savedStandardEmbeddings the standards' embeddings when loaded, or {@code null} to embed them
     */
    CompiledMatcher(Corpus corpus, List<Query> candidates, MatchingConfig config, @Nullable DocumentEmbeddings embeddings,
            float[] @Nullable [] savedStandardEmbeddings, List<ProfessionalStandard> standards) {
        this.corpus = corpus;
        this.embeddings = embeddings;
        if (embeddings == null) {
            this.standardEmbeddings = null;
            this.candidateEmbeddings = null;
        } else {
            this.standardEmbeddings = savedStandardEmbeddings != null ? savedStandardEmbeddings : embeddings.ofStandards(standards);
            this.candidateEmbeddings = embeddings.ofQueries(candidates);
        }
        this.candidateDocs = new DocVectors[candidates.size()];
        // each candidate is vectorised on its own: in parallel, with the same result
        java.util.stream.IntStream.range(0, candidateDocs.length).parallel()
                .forEach(i -> candidateDocs[i] = corpus.vectorise(candidates.get(i), false));
        this.standardIndex = new SideIndex(corpus.standardDocs(), corpus.vocabularySize());
        this.candidateIndex = new SideIndex(candidateDocs, corpus.vocabularySize());
        this.scoring = new Scoring(config);
        this.explainer = new Explainer(corpus, scoring);
    }

    static TextAnalysis analysis(MatchingConfig config) {
        return TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(config.russianStemming())
                .withKazakhStemming(config.kazakhStemming()));
    }

    private static Corpus compile(List<ProfessionalStandard> standards, MatchingConfig config) {
        Corpus.Builder builder = new Corpus.Builder(analysis(config));
        builder.addStandards(standards, config.essentialFactor());
        return builder.build();
    }

    public Corpus corpus() {
        return corpus;
    }

    public Scoring scoring() {
        return scoring;
    }

    public Explainer explainer() {
        return explainer;
    }

    public DocVectors standardVectors(int index) {
        return corpus.standardDocs()[index];
    }

    public DocVectors candidateVectors(int index) {
        return candidateDocs[index];
    }

    public DocVectors vectorise(ProfessionalStandard standard) {
        return corpus.vectorise(standard, scoring.config().essentialFactor());
    }

    /** Vectorises a query to be explained now (its term spans are kept). */
    public DocVectors vectorise(Query query) {
        return corpus.vectorise(query, true);
    }

    /** A query's vectors for {@link Explainer#score} only, statement texts seen recently not analysed again. */
    public DocVectors vectoriseForCoverageScore(Query query) {
        return corpus.vectoriseForCoverageScore(query, statementVectors);
    }

    /**
     * Vectorises a query that will only be scored, not explained: the same vectors as
     * {@link #vectorise(Query)} without the term spans.
     */
    public DocVectors vectoriseWithoutSpans(Query query) {
        return corpus.vectorise(query, false);
    }

    /** Scores a query against every compiled standard. */
    public Engine.Scores scoreAgainstStandards(DocVectors query, boolean titles) {
        Engine engine = standardEngines.poll();
        if (engine == null) {
            engine = new Engine(standardIndex, scoring, true, corpus.vocabularySize());
        }
        try {
            return engine.score(query, titles);
        } finally {
            standardEngines.offer(engine);
        }
    }

    /** Scores a standard against every candidate query. */
    public Engine.Scores scoreAgainstCandidates(DocVectors standard, boolean titles) {
        Engine engine = candidateEngines.poll();
        if (engine == null) {
            engine = new Engine(candidateIndex, scoring, false, corpus.vocabularySize());
        }
        try {
            return engine.score(standard, titles);
        } finally {
            candidateEngines.offer(engine);
        }
    }

    /**
     * The ranking score of every compiled standard for a query: the lexical blend, mixed with
     * embedding similarity when hybrid.
     *
     * @param cacheKey the object whose identity keys the query's embedding in the cache
     * @param query the query
     * @param vectors its vectors
     * @param candidate the query's index among the compiled candidates (its embedding is known), or -1
     */
    public double[] rankStandards(Object cacheKey, Query query, DocVectors vectors, int candidate) {
        double[] lexical = scoring.blend(scoreAgainstStandards(vectors, true));
        if (embeddings == null || candidateEmbeddings == null) {
            return lexical;
        }
        float[] q = candidate >= 0 ? candidateEmbeddings[candidate] : queryEmbeddings.get(cacheKey, k -> embeddings.of(query));
        return scoring.hybrid(lexical, q, standardEmbeddings);
    }

    /**
     * The ranking score of every candidate query for a standard.
     *
     * @param standard the standard
     * @param vectors its vectors
     * @param compiled its index among the compiled standards, or -1
     */
    public double[] rankCandidates(ProfessionalStandard standard, DocVectors vectors, int compiled) {
        double[] lexical = scoring.blend(scoreAgainstCandidates(vectors, true));
        if (embeddings == null || standardEmbeddings == null) {
            return lexical;
        }
        float[] q = compiled >= 0 ? standardEmbeddings[compiled] : queryEmbeddings.get(standard, embeddings::of);
        return scoring.hybrid(lexical, q, candidateEmbeddings);
    }

    /** @return the document embedder, or {@code null} when lexical */
    @Nullable DocumentEmbeddings embeddings() {
        return embeddings;
    }

    /** @return the compiled standards' embeddings, or {@code null} when lexical */
    float[] @Nullable [] standardEmbeddings() {
        return standardEmbeddings;
    }

    /** @return the embedder's model name, or {@code null} when lexical */
    public @Nullable String modelName() {
        return embeddings == null ? null : embeddings.modelName();
    }

    /** @return how many query embeddings the cache holds (for tests) */
    public int cachedQueryEmbeddings() {
        return queryEmbeddings.size();
    }

    /** Approximate heap held by the postings of both sides, in bytes. */
    public long indexBytes() {
        return standardIndex.postingBytes() + candidateIndex.postingBytes();
    }
}

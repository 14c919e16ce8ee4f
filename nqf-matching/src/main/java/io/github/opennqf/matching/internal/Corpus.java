package io.github.opennqf.matching.internal;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.CategoryScheme;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.Statement;
import io.github.opennqf.matching.internal.text.AnalyzedText;
import io.github.opennqf.matching.internal.text.TermSpans;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compiled form of a set of standards: a vocabulary with IDF weights computed over the
 * standards' statements only, and each standard's statements as sparse vectors. Queries (programs,
 * evidence, free text) are vectorised against that vocabulary and never change it, so a query's
 * vectors, and so its scores, depend only on the query, the standards and the analysis — not on
 * which other queries were compiled or share a batch. Term ids follow the sorted order of the
 * terms, so the arithmetic does not depend on the order of the inputs. Immutable and thread-safe
 * after construction.
 */
public final class Corpus {
    /** Weight of a Kazakh character n-gram feature relative to a word term. */
    static final float NGRAM_WEIGHT = 0.4f;
    static final String NGRAM_PREFIX = "#";
    static final String BIGRAM_JOINER = "_";
    /** Category mask for titles: compatible with everything. */
    static final byte ANY_CATEGORY = 7;

    private final TextAnalysis analysis;
    private final Map<String, Integer> termIds;
    /** Shared by every statement without concepts (most): arrays are never written after building. */
    static final String[] NO_CONCEPTS = new String[0];
    private final String[] terms;
    private final float[] idf;
    private final float unknownIdf;

    /**
     * A statement before vectorisation; for a program vectorised as a query, also the spans of each
     * language version of its outcomes, kept for the explanations.
     */
    private record Raw(Features features, byte category, int level, String[] concepts, float weight,
            TermSpans @Nullable [] spans) {
        Raw(Features features, byte category, int level, String[] concepts, float weight) {
            this(features, category, level, concepts, weight, null);
        }
    }

    /**
     * A text's term counts as two parallel arrays, in the iteration order of the count map they
     * were taken from (vectorising sums in that order, so it must not change). Arrays rather than
     * the map, because every statement of a build is held until the corpus is made: far less to
     * keep and to copy in garbage collections. One instance serves every statement of a build with
     * the same text (standards repeat requirements word for word). The arrays are never written
     * after it is made; the statement key is set once, by the one thread that builds a corpus or
     * vectorises an uncompiled standard (an instance is never shared between those).
     */
    private static final class Features {
        static final Features NONE = new Features(Map.of());

        final String[] terms;
        final int[] counts;
        /** The {@link Corpus#statementKey statement key}, once {@link #keyed}. */
        long key;
        boolean keyed;
        /**
         * While a corpus is built from it: its terms' ids in the new vocabulary, in {@link #terms}
         * order (every term is in it), so the key and the vector need no map lookups.
         */
        int @Nullable [] ids;
        /** Its vector in the corpus being built, made once however many statements share it. */
        @Nullable TermVector vector;

        Features(Map<String, Integer> counts) {
            this.terms = new String[counts.size()];
            this.counts = new int[terms.length];
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                terms[i] = e.getKey();
                this.counts[i++] = e.getValue();
            }
        }

        int size() {
            return terms.length;
        }
    }

    /**
     * The features of a standard's texts, each text analysed once: standards share many
     * requirements. Thread-safe; two threads meeting the same new text may both analyse it, with
     * equal results.
     */
    private static final class StandardTexts {
        private final TextAnalysis analysis;
        private final java.util.concurrent.ConcurrentHashMap<MultilingualText, Features> seen =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** Hands out provisional term ids while analysing, or {@code null} for a standard vectorised alone. */
        private final @Nullable TermDictionary dictionary;

        StandardTexts(TextAnalysis analysis, @Nullable TermDictionary dictionary) {
            this.analysis = analysis;
            this.dictionary = dictionary;
        }

        void forget() {
            seen.clear();
        }

        Features of(MultilingualText text) {
            Features known = seen.get(text);
            if (known != null) {
                return known;
            }
            Features made = new Features(features(analysis, text));
            if (dictionary != null) {
                made.ids = dictionary.idsOf(made.terms);
            }
            Features raced = seen.putIfAbsent(text, made);
            return raced == null ? made : raced;
        }
    }

    /**
     * Provisional term ids, handed out while the standards are analysed, on the analysing threads
     * and so in no fixed order: the corpus sorts the terms and maps these ids to their places, so
     * the final ids do not depend on the order. Thread-safe; the ids are dense from 0.
     */
    private static final class TermDictionary {
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> ids =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        int[] idsOf(String[] terms) {
            int[] result = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                Integer id = ids.get(terms[i]);
                if (id == null) {
                    id = ids.computeIfAbsent(terms[i], t -> next.getAndIncrement());
                }
                result[i] = id;
            }
            return result;
        }

        /** @return the terms by provisional id; called once the analysing threads are done */
        String[] termsById() {
            String[] terms = new String[next.get()];
            ids.forEach((term, id) -> terms[id] = term);
            return terms;
        }

        int idOf(String term) {
            return ids.get(term);
        }
    }

    /** Collects raw statements of the standards, then freezes them into a corpus. */
    public static final class Builder {
        private final TextAnalysis analysis;
        private final StandardTexts texts;
        private final List<String> standardIds = new ArrayList<>();
        private final List<List<Raw>> standardRaw = new ArrayList<>();
        private boolean built;

        private final TermDictionary dictionary = new TermDictionary();

        public Builder(TextAnalysis analysis) {
            this.analysis = analysis;
            this.texts = new StandardTexts(analysis, dictionary);
        }

        public void addStandard(ProfessionalStandard standard, double essentialFactor) {
            standardIds.add(standard.code());
            standardRaw.add(rawStandard(texts, standard, essentialFactor));
        }

        /**
         * Adds standards in order, analysing them in parallel (on the common fork-join pool): each
         * standard's statements are analysed on their own, so the result is that of adding them one
         * by one.
         */
        public void addStandards(List<ProfessionalStandard> standards, double essentialFactor) {
            @SuppressWarnings("unchecked")
            List<Raw>[] raws = new List[standards.size()];
            java.util.stream.IntStream.range(0, raws.length).parallel()
                    .forEach(i -> raws[i] = rawStandard(texts, standards.get(i), essentialFactor));
            for (int i = 0; i < raws.length; i++) {
                standardIds.add(standards.get(i).code());
                standardRaw.add(raws[i]);
            }
        }

        /** Builds the corpus, consuming the collected statements: a builder builds once. */
        public Corpus build() {
            if (built) {
                throw new IllegalStateException("a corpus builder builds once");
            }
            built = true;
            // the statements hold their features; the cache would keep them past vectorising
            texts.forget();
            return new Corpus(this);
        }
    }

    private Corpus(Builder b) {
        this.analysis = b.analysis;
        // Each distinct text's terms got provisional ids while it was analysed; here the document
        // frequencies are counted once per text times the statements holding it, the terms are
        // sorted (term ids follow the sorted order) and the texts' ids mapped to that order, so
        // statement keys and vectors need no lookups by string.
        java.util.IdentityHashMap<Features, int[]> statementsPerText = new java.util.IdentityHashMap<>();
        int n = 0;
        for (List<Raw> doc : b.standardRaw) {
            for (Raw raw : doc) {
                n++;
                statementsPerText.computeIfAbsent(raw.features, k -> new int[1])[0]++;
            }
        }
        String[] provisional = b.dictionary.termsById();
        int[] df = new int[provisional.length];
        for (Map.Entry<Features, int[]> e : statementsPerText.entrySet()) {
            int statements = e.getValue()[0];
            for (int id : e.getKey().ids) {
                df[id] += statements;
            }
        }
        this.terms = provisional.clone();
        java.util.Arrays.parallelSort(terms);
        this.idf = new float[terms.length];
        this.termIds = new HashMap<>(terms.length * 2);
        int[] finalId = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            termIds.put(terms[i], i);
            int old = b.dictionary.idOf(terms[i]);
            finalId[old] = i;
            idf[i] = (float) Math.log(1.0 + (double) Math.max(n, 1) / df[old]);
        }
        for (Features f : statementsPerText.keySet()) {
            int[] ids = f.ids;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = finalId[ids[i]];
            }
        }
        this.unknownIdf = (float) Math.log(1.0 + Math.max(n, 1));
        this.standardStatementDf = statementFrequencies(b.standardRaw);
        this.standardDocs = vectorise(b.standardIds, b.standardRaw, standardStatementDf);
        for (Features f : statementsPerText.keySet()) {
            f.ids = null;
            f.vector = null;
        }
    }

    /** Restores a saved corpus (see {@code MatcherFile}). */
    Corpus(TextAnalysis analysis, String[] terms, float[] idf, float unknownIdf, Map<Long, Integer> standardStatementDf,
            DocVectors[] standardDocs) {
        this.analysis = analysis;
        this.terms = terms;
        this.idf = idf;
        this.unknownIdf = unknownIdf;
        this.termIds = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            termIds.put(terms[i], i);
        }
        this.standardStatementDf = Map.copyOf(standardStatementDf);
        this.standardDocs = standardDocs;
    }

    private final DocVectors[] standardDocs;
    private final Map<Long, Integer> standardStatementDf;

    /**
     * For each distinct analysed statement (its term counts, by {@link #statementKey}; titles
     * excluded), the number of standards containing it, for those in more than one.
     * Requirements such as "Evaluate and grade students' class work" recur word for word in dozens
     * of standards: they say little about any one of them.
     */
    private Map<Long, Integer> statementFrequencies(List<List<Raw>> side) {
        Map<Long, Integer> df = new HashMap<>();
        for (List<Raw> doc : side) {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int s = 1; s < doc.size(); s++) {
                Raw raw = doc.get(s);
                if (raw.features.size() > 0 && seen.add(keyOf(raw.features))) {
                    df.merge(keyOf(raw.features), 1, Integer::sum);
                }
            }
        }
        // statements of one document only are the rule: keep just the shared ones
        df.values().removeIf(n -> n < 2);
        return Map.copyOf(df);
    }

    /** The key of a statement with a term outside the vocabulary: held by no compiled statement. */
    private static final long UNKNOWN_STATEMENT = 0L;

    /** The statement's key, made on first use and kept in it. */
    private long keyOf(Features features) {
        if (!features.keyed) {
            features.key = statementKey(features);
            features.keyed = true;
        }
        return features.key;
    }

    /**
     * A 64-bit FNV-1a hash of a statement's term counts in term order (each term's characters, a
     * 0xFFFF separator, its count): compact, so the matcher keeps no term maps; accidental
     * collisions among even millions of statements are negligible. Term ids follow the terms'
     * order, so sorting the statement's (id, count) pairs gives that order without comparing
     * strings. A statement with a term outside the vocabulary is in no compiled standard: it gets
     * {@link #UNKNOWN_STATEMENT}. Saved matchers hold these keys ({@code MatcherFile}), so the
     * hash must not change without a new analysis revision.
     */
    private long statementKey(Features features) {
        long[] pairs = new long[features.size()];
        for (int i = 0; i < pairs.length; i++) {
            int id = termId(features, i);
            if (id < 0) {
                return UNKNOWN_STATEMENT;
            }
            pairs[i] = (long) id << 32 | features.counts[i];
        }
        java.util.Arrays.sort(pairs);
        long h = 0xcbf29ce484222325L;
        for (long pair : pairs) {
            String term = terms[(int) (pair >>> 32)];
            for (int i = 0; i < term.length(); i++) {
                h = (h ^ term.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0xFFFF) * 0x100000001b3L;
            h = (h ^ (int) pair) * 0x100000001b3L;
        }
        return h;
    }

    /** @return 1 / the number of documents holding the statement, at least 1 */
    static float specificity(int documents) {
        return documents <= 1 ? 1f : 1f / documents;
    }

    public DocVectors[] standardDocs() {
        return standardDocs;
    }

    String[] terms() {
        return terms;
    }

    float[] idf() {
        return idf;
    }

    float unknownIdf() {
        return unknownIdf;
    }

    Map<Long, Integer> standardStatementDf() {
        return standardStatementDf;
    }

    /** @return the analysis the corpus was built with */
    public TextAnalysis analysis() {
        return analysis;
    }

    public String term(int id) {
        return terms[id];
    }

    public int vocabularySize() {
        return terms.length;
    }

    /** Vectorises a standard that was not compiled, against this corpus's vocabulary. */
    public DocVectors vectorise(ProfessionalStandard standard, double essentialFactor) {
        return vectorise(standard.code(), rawStandard(new StandardTexts(analysis, null), standard, essentialFactor),
                standardStatementDf);
    }

    /**
     * Vectorises a query against this corpus's vocabulary. Every query statement has specificity 1:
     * how common a statement is among queries would make a query's score depend on the others.
     *
     * @param query the query
     * @param keepSpans whether to keep each statement's term spans, for explaining it without
     *     analysing it again (queries explained now), or not (candidates kept in an index)
     */
    public DocVectors vectorise(Query query, boolean keepSpans) {
        return vectorise(query.id(), rawQuery(analysis, query, keepSpans), Map.of());
    }

    private DocVectors[] vectorise(List<String> ids, List<List<Raw>> raws, Map<Long, Integer> df) {
        DocVectors[] docs = new DocVectors[ids.size()];
        for (int d = 0; d < docs.length; d++) {
            docs[d] = vectorise(ids.get(d), raws.get(d), df);
            // the raw term maps are the largest transient of a build: let each go once vectorised
            raws.set(d, null);
        }
        return docs;
    }

    private DocVectors vectorise(String id, List<Raw> raws, Map<Long, Integer> df) {
        int size = raws.size();
        int[][] ts = new int[size][];
        float[][] ws = new float[size][];
        float[][] cs = new float[size][];
        byte[] cats = new byte[size];
        int[] levels = new int[size];
        String[][] concepts = new String[size][];
        float[] weights = new float[size];
        float[] specificity = new float[size];
        TermSpans @Nullable [][] spans = null;
        for (int s = 0; s < size; s++) {
            Raw raw = raws.get(s);
            if (raw.spans != null) {
                if (spans == null) {
                    spans = new TermSpans[size][];
                }
                spans[s] = raw.spans;
            }
            // a query's statements (df empty) all have specificity 1; their keys are never made
            specificity[s] = s == 0 || df.isEmpty() ? 1f : specificity(df.getOrDefault(keyOf(raw.features), 0));
            TermVector v = termVector(raw.features);
            ts[s] = v.ids;
            ws[s] = v.weights;
            cs[s] = v.counts;
            cats[s] = raw.category;
            levels[s] = raw.level;
            concepts[s] = raw.concepts;
            weights[s] = raw.weight;
        }
        return DocVectors.of(id, ts, ws, cs, cats, levels, concepts, weights, specificity, spans);
    }

    /**
     * One statement's terms against the vocabulary: the known terms' ids in ascending order, their
     * tf-idf weights normalised over all the statement's terms (unknown ones included), and their
     * counts. Arrays never written after construction.
     */
    record TermVector(int[] ids, float[] weights, float[] counts) {}

    private static final TermVector NO_TERMS = new TermVector(new int[0], new float[0], new float[0]);

    private TermVector termVector(Features features) {
        if (features.ids == null) {
            return vectorOf(features);
        }
        // a text of the corpus being built: the same vector for every statement holding it
        TermVector v = features.vector;
        if (v == null) {
            v = vectorOf(features);
            features.vector = v;
        }
        return v;
    }

    /**
     * @return the id of a text's {@code i}th term: from the ids handed out while a corpus is built
     *     from the text, else looked up; -1 when the term is outside the vocabulary
     */
    private int termId(Features features, int i) {
        int @Nullable [] known = features.ids;
        return known != null ? known[i] : termIds.getOrDefault(features.terms[i], -1);
    }

    private TermVector vectorOf(Features features) {
        String[] termsOf = features.terms;
        int[] countsOf = features.counts;
        int found = 0;
        int[] ids = new int[termsOf.length];
        float[] w = new float[termsOf.length];
        float[] tf = new float[termsOf.length];
        double norm = 0;
        for (int i = 0; i < termsOf.length; i++) {
            String term = termsOf[i];
            int count = countsOf[i];
            int tid = termId(features, i);
            boolean gram = term.startsWith(NGRAM_PREFIX);
            float idfValue = tid < 0 ? unknownIdf : idf[tid];
            float weight = (float) ((1.0 + Math.log(count)) * idfValue);
            if (gram) {
                weight *= NGRAM_WEIGHT;
            }
            norm += (double) weight * weight;
            if (tid >= 0) {
                ids[found] = tid;
                w[found] = weight;
                tf[found] = gram ? NGRAM_WEIGHT * count : (float) count;
                found++;
            }
        }
        ids = java.util.Arrays.copyOf(ids, found);
        w = java.util.Arrays.copyOf(w, found);
        tf = java.util.Arrays.copyOf(tf, found);
        PrimitiveSort.sortByKey(ids, w, tf);
        float inv = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
        for (int k = 0; k < found; k++) {
            w[k] *= inv;
        }
        return new TermVector(ids, w, tf);
    }

    /** @return the term vector of a text, as every statement with that text gets it */
    TermVector termVector(MultilingualText text) {
        return termVector(new Features(features(analysis, text)));
    }

    /**
     * A query's vectors for scores only ({@link Explainer#score}): each statement's terms as
     * {@link #vectorise(Query, boolean)} makes them, taken from the cache when the same text was
     * seen before, with no spans and no whole-document vector (empty: {@link StatementIndex} needs
     * only the statements'). Not for ranking against every standard.
     */
    public DocVectors vectoriseForCoverageScore(Query query, StatementVectorCache cache) {
        int size = query.statements().size() + 1;
        int[][] ts = new int[size][];
        float[][] ws = new float[size][];
        float[][] cs = new float[size][];
        byte[] cats = new byte[size];
        int[] levels = new int[size];
        String[][] concepts = new String[size][];
        float[] weights = new float[size];
        float[] specificity = new float[size];
        MultilingualText title = query.title();
        TermVector tv = title == null ? NO_TERMS : cache.get(title, this);
        ts[0] = tv.ids;
        ws[0] = tv.weights;
        cs[0] = tv.counts;
        cats[0] = ANY_CATEGORY;
        levels[0] = -1;
        concepts[0] = NO_CONCEPTS;
        specificity[0] = 1f;
        int queryLevel = LevelKeys.of(query.level());
        float queriesSpecificity = specificity(0);
        for (int s = 1; s < size; s++) {
            Statement st = query.statements().get(s - 1);
            TermVector v = cache.get(st.text(), this);
            ts[s] = v.ids;
            ws[s] = v.weights;
            cs[s] = v.counts;
            cats[s] = categoryOf(st);
            levels[s] = levelOf(st, queryLevel);
            concepts[s] = concepts(st.concepts());
            weights[s] = (float) st.weight();
            specificity[s] = queriesSpecificity;
        }
        return new DocVectors(query.id(), ts, ws, cs, cats, levels, concepts, weights, specificity, null, NO_DOC_TERMS,
                NO_DOC_WEIGHTS);
    }

    private static final int[] NO_DOC_TERMS = new int[0];
    private static final float[] NO_DOC_WEIGHTS = new float[0];

    private static List<Raw> rawStandard(StandardTexts texts, ProfessionalStandard standard, double essentialFactor) {
        List<Raw> raws = new ArrayList<>();
        raws.add(new Raw(texts.of(standard.passport().title()), ANY_CATEGORY, -1, NO_CONCEPTS, 0f));
        for (ProfessionCard card : standard.professionCards()) {
            int level = LevelKeys.of(card.level());
            for (LabourFunction function : card.labourFunctions()) {
                for (Requirement r : function.requirements()) {
                    float weight = (float) (r.weight() * (r.essential() ? essentialFactor : 1.0));
                    raws.add(new Raw(texts.of(r.text()), categoryMask(r.category()), level,
                            concepts(r.concepts()), weight));
                }
            }
        }
        return raws;
    }

    private static List<Raw> rawQuery(TextAnalysis analysis, Query query, boolean keepSpans) {
        List<Raw> raws = new ArrayList<>(query.statements().size() + 1);
        MultilingualText title = query.title();
        raws.add(new Raw(title == null ? Features.NONE : new Features(features(analysis, title)), ANY_CATEGORY, -1,
                NO_CONCEPTS, 0f));
        int queryLevel = LevelKeys.of(query.level());
        for (Statement st : query.statements()) {
            // a query's statements keep their spans, so explaining its top matches does not analyse them again
            @Nullable List<TermSpans> spans = keepSpans ? new ArrayList<>(st.text().asMap().size()) : null;
            raws.add(new Raw(new Features(features(analysis, st.text(), spans)), categoryOf(st), levelOf(st, queryLevel),
                    concepts(st.concepts()), (float) st.weight(), spans == null ? null : spans.toArray(new TermSpans[0])));
        }
        return raws;
    }

    /** @return a query statement's category mask: its category's, or every column when it has none */
    private static byte categoryOf(Statement st) {
        DescriptorCategory category = st.category();
        return category == null ? ANY_CATEGORY : categoryMask(category);
    }

    /** @return a query statement's level key: its own level's, else the query's */
    private static int levelOf(Statement st, int queryLevel) {
        return st.level() != null ? LevelKeys.of(st.level()) : queryLevel;
    }

    private static String[] concepts(List<ConceptRef> refs) {
        if (refs.isEmpty()) {
            return NO_CONCEPTS;
        }
        String[] result = new String[refs.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = refs.get(i).toString();
        }
        return result;
    }

    /** Term counts over every language version of a text; Kazakh n-grams as prefixed features. */
    static Map<String, Integer> features(TextAnalysis analysis, MultilingualText text) {
        return features(analysis, text, null);
    }

    /**
     * Term counts over every language version of a text; Kazakh n-grams as prefixed features.
     *
     * @param spans if not {@code null}, receives the spans of each version, in tag order (the
     *     same analysis, keeping offsets)
     */
    static Map<String, Integer> features(TextAnalysis analysis, MultilingualText text, @Nullable List<TermSpans> spans) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, String> e : text.asMap().entrySet()) {
            String tag = e.getKey().equals(MultilingualText.UNDETERMINED) ? null : e.getKey();
            AnalyzedText analysed;
            if (spans == null) {
                analysed = analysis.analyze(e.getValue(), tag);
            } else {
                TermSpans s = analysis.spans(e.getValue(), tag);
                spans.add(s);
                analysed = analysis.analyzed(s);
            }
            count(analysed, counts);
        }
        return counts;
    }

    /**
     * Counts one analysed version's words, adjacent word pairs (so that phrases such as "computer
     * science" weigh more than the words apart) and prefixed n-grams. Kept apart from the analysis
     * and small, as are {@link #add} and {@link #bigram}: the JIT compiles each hot method with
     * the callees it inlines, and one method holding all of it was the costliest compilation of a
     * command-line run.
     */
    private static void count(AnalyzedText analysed, Map<String, Integer> counts) {
        List<String> words = analysed.terms();
        for (String t : words) {
            add(counts, t);
        }
        for (int i = 1; i < words.size(); i++) {
            add(counts, bigram(words.get(i - 1), words.get(i)));
        }
        for (String g : analysed.charNgrams()) {
            add(counts, NGRAM_PREFIX.concat(g));
        }
    }

    private static void add(Map<String, Integer> counts, String term) {
        counts.merge(term, 1, Integer::sum);
    }

    private static String bigram(String first, String second) {
        return new StringBuilder(first.length() + 1 + second.length()).append(first).append(BIGRAM_JOINER)
                .append(second).toString();
    }

    /** Bit per EQF column: knowledge 1, skills 2, responsibility and autonomy 4. */
    static byte categoryMask(DescriptorCategory category) {
        byte mask = 0;
        for (DescriptorCategory c : category.correspondingIn(CategoryScheme.EQF)) {
            mask |= switch (c) {
                case EQF_KNOWLEDGE -> 1;
                case EQF_SKILLS -> 2;
                default -> 4;
            };
        }
        return mask;
    }

    @Override
    public String toString() {
        return "Corpus[" + terms.length + " terms, " + standardDocs.length + " standards]";
    }
}

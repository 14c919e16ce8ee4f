package io.github.opennqf.matching.internal;

import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.matching.Query;
import io.github.opennqf.text.LanguagePriority;
import org.jspecify.annotations.Nullable;

/**
 * One query's statements as a small inverted index (term id to the statements holding it, with
 * their weights), built once per query so that {@link Explainer} looks each requirement term up
 * once instead of merging the vectors of every statement-requirement pair. It also resolves each
 * statement's text in the explanation language once, on first use, however many requirements and
 * standards the statement supports, and, for the terms shown, how the statement wrote them. (In
 * the fields and comments below, "outcome" means a query statement: a program's learning outcome
 * is the first kind of statement.)
 *
 * <p>Summing a requirement's term weights outcome by outcome in the requirement's term-id order
 * visits the shared terms of each pair in the same order as {@link DocVectors#dot}, so the cosines
 * are the same floats.
 *
 * <p>Not thread-safe: it holds scratch arrays and the statement cache; make one per query call.
 */
public final class StatementIndex {
    final Query query;
    /** Whether supports are explained: only then are the pairs of each accumulate kept. */
    private final boolean explaining;
    final DocVectors vectors;
    /** Number of outcomes; outcome {@code o} is statement {@code o + 1} of {@link #vectors}. */
    final int outcomeCount;
    /** Whether any outcome carries a concept; if not, concept checks are skipped. */
    final boolean hasConcepts;
    /** Open-addressing table: term id + 1 per slot (0 if free) and its local term number. */
    private final int[] slotTerm;
    private final int[] slotLocal;
    private final int mask;
    /** Per local term, where its postings start in {@link #postingOutcome}; one more entry at the end. */
    private final int[] start;
    private final int[] postingOutcome;
    private final float[] postingWeight;
    /** Per posting, the term's position among its outcome's (sorted) terms. */
    private final int[] postingSlot;
    private final LanguagePriority languages;
    private final TextAnalysis analysis;
    private final @Nullable String[] statements;
    /** Per outcome, its words as written, made on first use. */
    private final @Nullable OutcomeWords[] words;
    /** Per outcome, how each of its terms (aligned with its sorted term ids) was written, filled on first use. */
    private final @Nullable String[] @Nullable [] written;

    // scratch for one requirement at a time, reset after use
    final float[] cosine;
    final float[] similarity;
    final boolean[] concept;
    final boolean[] hit;
    final int[] hits;
    // the (term, outcome) pairs of the last accumulate: at most one per posting
    private final int[] pairTerm;
    private final int[] pairOutcome;
    private final float[] pairProduct;
    private final int[] pairSlot;
    private int pairs;
    // scratch for one outcome-requirement pair's shared terms; no outcome has more terms than this
    final int[] sharedTerm;
    /** Position of each shared term among the outcome's terms, for {@link #written}. */
    final int[] sharedSlot;
    final float[] contribution;
    final boolean[] termFlag;
    final boolean[] termUsed;

    /**
     * @param query the query
     * @param vectors its vectors
     * @param languages the explanation languages, to resolve outcome statements
     * @param analysis the analysis the vectors were made with, to show terms as written
     * @param explaining whether supports will be explained; if not, only similarities are computed
     *     and the explanation scratch is not made
     */
    public StatementIndex(Query query, DocVectors vectors, LanguagePriority languages,
            TextAnalysis analysis, boolean explaining) {
        this.explaining = explaining;
        this.query = query;
        this.vectors = vectors;
        this.languages = languages;
        this.analysis = analysis;
        this.outcomeCount = vectors.size() - 1;
        // number the statements' distinct terms as first met; the numbering changes no sum (postings
        // stay in statement order), and a fresh table needs no clearing: a slot holds term + 1, 0 is free
        int total = 0;
        for (int o = 0; o < outcomeCount; o++) {
            total += vectors.terms[o + 1].length;
        }
        int capacity = Integer.highestOneBit(Math.max(8, total) * 2) * 2;
        this.mask = capacity - 1;
        this.slotTerm = new int[capacity];
        this.slotLocal = new int[capacity];
        int distinct = 0;
        for (int o = 0; o < outcomeCount; o++) {
            for (int t : vectors.terms[o + 1]) {
                int slot = hash(t) & mask;
                while (slotTerm[slot] != 0 && slotTerm[slot] != t + 1) {
                    slot = (slot + 1) & mask;
                }
                if (slotTerm[slot] == 0) {
                    slotTerm[slot] = t + 1;
                    slotLocal[slot] = distinct++;
                }
            }
        }
        int[] count = new int[distinct + 1];
        boolean concepts = false;
        int longest = 0;
        for (int o = 0; o < outcomeCount; o++) {
            longest = Math.max(longest, vectors.terms[o + 1].length);
            for (int t : vectors.terms[o + 1]) {
                count[local(t) + 1]++;
            }
            concepts |= vectors.concepts[o + 1].length > 0;
        }
        this.hasConcepts = concepts;
        for (int i = 1; i < count.length; i++) {
            count[i] += count[i - 1];
        }
        this.start = count;
        this.postingOutcome = new int[count[distinct]];
        this.postingWeight = new float[count[distinct]];
        this.postingSlot = new int[count[distinct]];
        int[] fill = java.util.Arrays.copyOf(count, distinct);
        for (int o = 0; o < outcomeCount; o++) {
            int[] ts = vectors.terms[o + 1];
            float[] ws = vectors.weights[o + 1];
            for (int k = 0; k < ts.length; k++) {
                int at = fill[local(ts[k])]++;
                postingOutcome[at] = o;
                postingWeight[at] = ws[k];
                postingSlot[at] = k;
            }
        }
        int explained = explaining ? outcomeCount : 0;
        int pairCapacity = explaining ? postingOutcome.length : 0;
        int sharedCapacity = explaining ? longest : 0;
        this.statements = new String[explained];
        this.words = new OutcomeWords[explained];
        this.written = new String[explained][];
        this.cosine = new float[outcomeCount];
        this.similarity = new float[outcomeCount];
        this.concept = new boolean[outcomeCount];
        this.hit = new boolean[outcomeCount];
        this.hits = new int[outcomeCount];
        this.pairTerm = new int[pairCapacity];
        this.pairOutcome = new int[pairCapacity];
        this.pairProduct = new float[pairCapacity];
        this.pairSlot = new int[pairCapacity];
        this.sharedTerm = new int[sharedCapacity];
        this.sharedSlot = new int[sharedCapacity];
        this.contribution = new float[sharedCapacity];
        this.termFlag = new boolean[sharedCapacity];
        this.termUsed = new boolean[sharedCapacity];
    }

    private static int hash(int term) {
        int h = term * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** @return the local number of a term of this program, or -1 if no statement has it */
    int local(int term) {
        int slot = hash(term) & mask;
        while (true) {
            int t = slotTerm[slot];
            if (t == term + 1) {
                return slotLocal[slot];
            }
            if (t == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Adds statement {@code s} of {@code other} to {@link #cosine}, term by term in term-id order,
     * marking the outcomes it reaches in {@link #hit} and listing them in {@link #hits}; every
     * (term, outcome) pair met is kept, in that order, in {@link #pairTerm}, {@link #pairOutcome}
     * and {@link #pairProduct} (until the next call), for the supports' shared terms.
     *
     * @return how many outcomes were reached (the first entries of {@link #hits})
     */
    int accumulate(DocVectors other, int s) {
        int[] ts = other.terms[s];
        float[] ws = other.weights[s];
        int reached = 0;
        int pairs = 0;
        for (int k = 0; k < ts.length; k++) {
            int local = local(ts[k]);
            if (local < 0) {
                continue;
            }
            float w = ws[k];
            for (int p = start[local], end = start[local + 1]; p < end; p++) {
                int o = postingOutcome[p];
                if (!hit[o]) {
                    hit[o] = true;
                    hits[reached++] = o;
                }
                float product = postingWeight[p] * w;
                cosine[o] += product;
                if (explaining) {
                    pairTerm[pairs] = ts[k];
                    pairOutcome[pairs] = o;
                    pairSlot[pairs] = postingSlot[p];
                    pairProduct[pairs++] = product;
                }
            }
        }
        this.pairs = pairs;
        return reached;
    }

    /**
     * The terms outcome {@code o} shares with the statement of the last {@link #accumulate}, in
     * term-id order, into {@link #sharedTerm} (and their positions among the outcome's terms into
     * {@link #sharedSlot}) with each term's product of weights in
     * {@link #contribution}.
     *
     * @return how many terms are shared
     */
    int sharedTerms(int o) {
        int n = 0;
        for (int i = 0; i < pairs; i++) {
            if (pairOutcome[i] == o) {
                sharedTerm[n] = pairTerm[i];
                sharedSlot[n] = pairSlot[i];
                contribution[n++] = pairProduct[i];
            }
        }
        return n;
    }

    /**
     * How outcome {@code o} wrote one of its terms ({@link OutcomeWords#written}); looked up once per
     * outcome and term however many requirements and standards show it.
     *
     * @param o an outcome
     * @param k the term's position among the outcome's terms, as in {@link #sharedSlot}
     * @param analysed the term
     * @return the term as written, or the term itself if no version of the statement has it
     */
    String written(int o, int k, String analysed) {
        @Nullable String[] cache = written[o];
        if (cache == null) {
            cache = new String[vectors.terms[o + 1].length];
            written[o] = cache;
        }
        @Nullable String w = cache[k];
        if (w == null) {
            @Nullable String found = words(o).written(analysed);
            w = found == null ? analysed : found;
            cache[k] = w;
        }
        return w;
    }

    /** @return outcome {@code o}'s words as written */
    OutcomeWords words(int o) {
        @Nullable OutcomeWords w = words[o];
        if (w == null) {
            w = new OutcomeWords(analysis, query.statements().get(o).text(), languages,
                    vectors.spans == null ? null : vectors.spans[o + 1]);
            words[o] = w;
        }
        return w;
    }

    /** @return outcome {@code o}'s statement in the explanation language */
    String statement(int o) {
        @Nullable String s = statements[o];
        if (s == null) {
            s = query.statements().get(o).text().resolve(languages);
            statements[o] = s;
        }
        return s;
    }
}

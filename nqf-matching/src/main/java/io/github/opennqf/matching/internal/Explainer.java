package io.github.opennqf.matching.internal;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.Query;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.Statement;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the requirement-by-requirement {@link CoverageReport} of one query against one standard
 * (or one card or labour function of it), with the formula of {@link Scoring} that {@link Engine}
 * uses too, so a report's score equals the matrix cell. Immutable and thread-safe.
 */
public final class Explainer {
    private static final int MAX_SUPPORTS = 3;
    private static final int MAX_TERMS = 8;
    /** Words shown for a match made only by character n-grams. */
    private static final int MAX_GRAM_WORDS = 3;
    /** Marks a word that shares only character n-grams (part of its spelling) with the requirement. */
    static final String GRAM_MARK = "~";
    private final Corpus corpus;
    private final MatchingConfig config;
    private final Scoring scoring;

    public Explainer(Corpus corpus, Scoring scoring) {
        this.corpus = corpus;
        this.config = scoring.config();
        this.scoring = scoring;
    }

    /**
     * The query side of explanations, to reuse when one query is explained against several
     * standards (the top of a ranking).
     *
     * @param query the query
     * @param qv its vectors
     * @return a fresh index, for use by one thread
     */
    public StatementIndex index(Query query, DocVectors qv) {
        return new StatementIndex(query, qv, config.explanationLanguages(), corpus.analysis(), true);
    }

    /**
     * The query side for {@link #score} only: similarities without the scratch that explanations need.
     *
     * @param query the query
     * @param qv its vectors
     * @return a fresh index, for use by one thread, not for {@link #explain}
     */
    public StatementIndex scoringIndex(Query query, DocVectors qv) {
        return new StatementIndex(query, qv, config.explanationLanguages(), corpus.analysis(), false);
    }

    /**
     * The report of an indexed query against the requirements of a standard in scope.
     *
     * @param query the query's index, from {@link #index}
     * @param standard the standard
     * @param sv its vectors
     * @param scope which requirements count (already checked against the standard)
     * @return the report
     */
    public CoverageReport explain(StatementIndex query, ProfessionalStandard standard, DocVectors sv, CoverageScope scope) {
        List<RequirementMatch> matches = new ArrayList<>(Math.max(0, sv.size() - 1));
        List<LevelCheck> levelChecks = new ArrayList<>(standard.professionCards().size());
        int s = 1;
        double sum = 0;
        double covered = 0;
        double total = 0;
        for (ProfessionCard card : standard.professionCards()) {
            boolean cardInScope = scope.professionCardId() == null || scope.professionCardId().equals(card.id());
            if (cardInScope) {
                levelChecks.add(levelCheck(query.query, card));
            }
            for (LabourFunction function : card.labourFunctions()) {
                boolean inScope = scope.includes(card.id(), function.id());
                for (Requirement requirement : function.requirements()) {
                    if (inScope) {
                        RequirementMatch m = match(query, sv, s, card, function, requirement);
                        matches.add(m);
                        double w = sv.statementWeights[s];
                        sum = Scoring.addRequirement(sum, w, (float) m.score());
                        total += w;
                        if (m.status() == CoverageStatus.COVERED) {
                            covered += w;
                        }
                    }
                    s++;
                }
            }
        }
        return new CoverageReport(query.query.id(), standard.code(), scope, Scoring.coverage(sum, total),
                Scoring.coverage(covered, total), matches, levelChecks);
    }

    private LevelCheck levelCheck(Query query, ProfessionCard card) {
        LevelRef queryLevel = query.level();
        LevelRef required = card.level();
        if (queryLevel == null || required == null) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, queryLevel, required,
                    queryLevel == null ? "the query states no level" : "the profession card states no level");
        }
        int queryKey = LevelKeys.of(queryLevel);
        int requiredKey = LevelKeys.of(required);
        if (queryLevel.framework().equals(required.framework())) {
            queryKey = queryLevel.level().rank();
            requiredKey = required.level().rank();
        }
        if (!LevelKeys.comparable(queryKey, requiredKey)) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, queryLevel, required,
                    "no level mapping connects " + queryLevel.framework() + " and " + required.framework());
        }
        if (queryKey < requiredKey) {
            return new LevelCheck(card.id(), LevelCheck.Status.BELOW, queryLevel, required,
                    query.id() + " (" + queryLevel + ") is below the required level " + required
                            + ": its statements can cover at most " + config.belowLevelCap() + " of each requirement");
        }
        return new LevelCheck(card.id(), LevelCheck.Status.MEETS, queryLevel, required,
                query.id() + " (" + queryLevel + ") meets the required level " + required);
    }

    /**
     * One requirement's match. Only outcomes sharing a term or a concept with the requirement can
     * score above 0, so only those are visited; their similarities are the ones of {@link Engine}.
     */
    private RequirementMatch match(StatementIndex q, DocVectors sv, int s, ProfessionCard card, LabourFunction function,
            Requirement requirement) {
        int reached = reach(q, sv, s);
        float[] sims = q.similarity;
        float best = 0f;
        for (int i = 0; i < reached; i++) {
            best = Math.max(best, sims[q.hits[i]]);
        }
        // the best few outcomes, by score descending then outcome order, without sorting them all;
        // an outcome once chosen is unmarked in q.hit
        int limit = Math.min(MAX_SUPPORTS, q.outcomeCount);
        @Nullable StatementSupport first = null;
        @Nullable StatementSupport second = null;
        @Nullable StatementSupport third = null;
        int count = 0;
        while (count < limit) {
            int pick = -1;
            for (int i = 0; i < reached; i++) {
                int o = q.hits[i];
                if (q.hit[o] && sims[o] > 0f
                        && (pick < 0 || sims[o] > sims[pick] || (sims[o] == sims[pick] && o < pick))) {
                    pick = o;
                }
            }
            if (pick < 0 || (count > 0 && sims[pick] < config.weakThreshold())) {
                break;
            }
            q.hit[pick] = false;
            StatementSupport support = support(q, pick, sv, s, sims[pick]);
            if (count == 0) {
                first = support;
            } else if (count == 1) {
                second = support;
            } else {
                third = support;
            }
            count++;
        }
        clear(q, reached);
        List<StatementSupport> supports = switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(first);
            case 2 -> List.of(first, second);
            default -> List.of(first, second, third);
        };
        double score = best;
        CoverageStatus status = scoring.status(score);
        Confidence confidence = scoring.requirementConfidence(score, status);
        return new RequirementMatch(requirement, card.id(), function.id(), sv.statementWeights[s], score, status,
                supports, confidence);
    }

    /**
     * The similarity of every query statement sharing a term or a concept with requirement
     * {@code s}, into {@code q.similarity}, the statements reached listed first in {@code q.hits}.
     * The one place the pair similarities of a report are computed; {@link #clear} resets the scratch.
     *
     * @return how many statements were reached
     */
    private int reach(StatementIndex q, DocVectors sv, int s) {
        DocVectors pv = q.vectors;
        int reached = q.accumulate(sv, s);
        if (q.hasConcepts && sv.concepts[s].length > 0) {
            for (int o = 0; o < q.outcomeCount; o++) {
                if (pv.sharesConcept(o + 1, sv, s)) {
                    q.concept[o] = true;
                    if (!q.hit[o]) {
                        q.hit[o] = true;
                        q.hits[reached++] = o;
                    }
                }
            }
        }
        float[] sims = q.similarity;
        for (int i = 0; i < reached; i++) {
            int o = q.hits[i];
            int ps = o + 1;
            float cosine = q.cosine[o];
            boolean concept = q.concept[o];
            sims[o] = cosine > 0f || concept
                    ? scoring.similarity(cosine, concept, pv.categories[ps], sv.categories[s], pv.levels[ps], sv.levels[s],
                            pv.statementWeights[ps])
                    : 0f;
        }
        return reached;
    }

    private static void clear(StatementIndex q, int reached) {
        for (int i = 0; i < reached; i++) {
            int o = q.hits[i];
            q.cosine[o] = 0f;
            q.concept[o] = false;
            q.hit[o] = false;
            q.similarity[o] = 0f;
        }
    }

    /**
     * The score of {@link #explain} for the same arguments, bit for bit, without building the
     * report: no supports, no words, no objects per requirement. For ranking many queries against
     * one scope.
     *
     * @param query the query's index, from {@link #index}
     * @param standard the standard
     * @param sv its vectors
     * @param scope which requirements count (already checked against the standard)
     * @return the coverage score
     */
    public double score(StatementIndex query, ProfessionalStandard standard, DocVectors sv, CoverageScope scope) {
        int s = 1;
        double sum = 0;
        double total = 0;
        for (ProfessionCard card : standard.professionCards()) {
            for (LabourFunction function : card.labourFunctions()) {
                boolean inScope = scope.includes(card.id(), function.id());
                for (int r = 0, n = function.requirements().size(); r < n; r++) {
                    if (inScope) {
                        int reached = reach(query, sv, s);
                        float best = 0f;
                        for (int i = 0; i < reached; i++) {
                            best = Math.max(best, query.similarity[query.hits[i]]);
                        }
                        clear(query, reached);
                        double w = sv.statementWeights[s];
                        sum = Scoring.addRequirement(sum, w, best);
                        total += w;
                    }
                    s++;
                }
            }
        }
        return Scoring.coverage(sum, total);
    }

    private StatementSupport support(StatementIndex q, int o, DocVectors sv, int s, float score) {
        DocVectors pv = q.vectors;
        int ps = o + 1;
        int n = q.sharedTerms(o);
        // the most important shared words as the outcome wrote them (n-gram words only when no word is shared)
        List<String> terms = n == 0 ? List.of() : chooseTerms(q, o, n);
        List<ConceptRef> concepts = List.of();
        if (pv.concepts[ps].length > 0 && sv.concepts[s].length > 0) {
            List<ConceptRef> shared = new ArrayList<>();
            Map<String, ConceptRef> requirementConcepts = new HashMap<>();
            for (String c : sv.concepts[s]) {
                requirementConcepts.put(c, ConceptRef.parse(c));
            }
            for (String c : pv.concepts[ps]) {
                if (requirementConcepts.containsKey(c)) {
                    shared.add(requirementConcepts.get(c));
                }
            }
            concepts = shared;
        }
        boolean compatible = (pv.categories[ps] & sv.categories[s]) != 0;
        boolean below = LevelKeys.below(pv.levels[ps], sv.levels[s]);
        Statement statement = q.query.statements().get(o);
        return new StatementSupport(statement.id(), statement.source(), q.statement(o), score, terms, concepts,
                compatible, below);
    }

    /**
     * Up to {@value #MAX_TERMS} shared words and phrases by contribution descending (ties in term
     * order), as outcome {@code o} wrote them, without repeats; or, when no word is shared, up to 3
     * of the outcome's words holding the shared n-gram features, shown as {@code ~word}.
     */
    private List<String> chooseTerms(StatementIndex q, int o, int n) {
        int[] sharedTerm = q.sharedTerm;
        float[] contribution = q.contribution;
        boolean[] gram = q.termFlag;
        boolean[] used = q.termUsed;
        int words = 0;
        for (int i = 0; i < n; i++) {
            gram[i] = corpus.term(sharedTerm[i]).startsWith(Corpus.NGRAM_PREFIX);
            used[i] = false;
            if (!gram[i]) {
                words++;
            }
        }
        if (words == 0) {
            String[] grams = new String[n];
            for (int i = 0; i < n; i++) {
                grams[i] = corpus.term(sharedTerm[i]).substring(Corpus.NGRAM_PREFIX.length());
            }
            List<String> written = q.words(o).wordsWithGrams(grams, contribution, n, MAX_GRAM_WORDS);
            String[] marked = new String[written.size()];
            for (int i = 0; i < marked.length; i++) {
                marked[i] = GRAM_MARK + written.get(i);
            }
            return List.of(marked);
        }
        String[] picked = new String[Math.min(MAX_TERMS, words)];
        int found = 0;
        for (int left = words; left > 0 && found < picked.length; left--) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (!used[i] && !gram[i] && (pick < 0 || contribution[i] > contribution[pick])) {
                    pick = i;
                }
            }
            used[pick] = true;
            String written = q.written(o, q.sharedSlot[pick], corpus.term(sharedTerm[pick]));
            if (!contains(picked, found, written)) {
                picked[found++] = written;
            }
        }
        return List.of(found == picked.length ? picked : java.util.Arrays.copyOf(picked, found));
    }

    private static boolean contains(String[] values, int n, String value) {
        for (int i = 0; i < n; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }
}

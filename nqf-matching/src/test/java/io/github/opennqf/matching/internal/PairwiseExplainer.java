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
import io.github.opennqf.matching.Statement;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explainer as it was before {@link StatementIndex}: a vector merge ({@link DocVectors#dot}) for
 * every statement-requirement pair, and a walk over every requirement. Kept in the tests as the
 * oracle that {@link Explainer}'s index and scope handling must equal exactly; the formula itself
 * is {@link Scoring}'s, which both call.
 */
final class PairwiseExplainer {
    private static final int MAX_SUPPORTS = 3;
    private static final int MAX_TERMS = 8;

    private final Corpus corpus;
    private final MatchingConfig config;
    private final Scoring scoring;

    PairwiseExplainer(Corpus corpus, MatchingConfig config, Scoring scoring) {
        this.corpus = corpus;
        this.config = config;
        this.scoring = scoring;
    }

    CoverageReport explain(Query program, DocVectors pv, ProfessionalStandard standard, DocVectors sv, CoverageScope scope) {
        List<RequirementMatch> matches = new ArrayList<>();
        List<LevelCheck> levelChecks = new ArrayList<>();
        int s = 1;
        double sum = 0;
        double covered = 0;
        double total = 0;
        for (ProfessionCard card : standard.professionCards()) {
            if (scope.professionCardId() == null || scope.professionCardId().equals(card.id())) {
                levelChecks.add(levelCheck(program, card));
            }
            for (LabourFunction function : card.labourFunctions()) {
                for (Requirement requirement : function.requirements()) {
                    if (scope.includes(card.id(), function.id())) {
                        RequirementMatch m = match(program, pv, sv, s, card, function, requirement);
                        matches.add(m);
                        double w = sv.statementWeights[s];
                        sum += w * (float) m.score();
                        total += w;
                        if (m.status() == CoverageStatus.COVERED) {
                            covered += w;
                        }
                    }
                    s++;
                }
            }
        }
        double score = total == 0 ? 0 : sum / total;
        double share = total == 0 ? 0 : covered / total;
        return new CoverageReport(program.id(), standard.code(), scope, score, share, matches, levelChecks);
    }

    private LevelCheck levelCheck(Query program, ProfessionCard card) {
        LevelRef programLevel = program.level();
        LevelRef required = card.level();
        if (programLevel == null || required == null) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, programLevel, required,
                    programLevel == null ? "the query states no level" : "the profession card states no level");
        }
        int programKey = LevelKeys.of(programLevel);
        int requiredKey = LevelKeys.of(required);
        if (programLevel.framework().equals(required.framework())) {
            programKey = programLevel.level().rank();
            requiredKey = required.level().rank();
        }
        if (programKey < 0 || requiredKey < 0 || programKey / 100 != requiredKey / 100) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, programLevel, required,
                    "no level mapping connects " + programLevel.framework() + " and " + required.framework());
        }
        if (programKey < requiredKey) {
            return new LevelCheck(card.id(), LevelCheck.Status.BELOW, programLevel, required,
                    program.id() + " (" + programLevel + ") is below the required level " + required
                            + ": its statements can cover at most " + config.belowLevelCap() + " of each requirement");
        }
        return new LevelCheck(card.id(), LevelCheck.Status.MEETS, programLevel, required,
                program.id() + " (" + programLevel + ") meets the required level " + required);
    }

    private RequirementMatch match(Query program, DocVectors pv, DocVectors sv, int s,
            ProfessionCard card, LabourFunction function, Requirement requirement) {
        List<Statement> outcomes = program.statements();
        float[] sims = new float[outcomes.size()];
        float best = 0f;
        for (int o = 0; o < outcomes.size(); o++) {
            int ps = o + 1;
            float cosine = pv.dot(ps, sv, s);
            boolean concept = pv.sharesConcept(ps, sv, s);
            sims[o] = cosine > 0f || concept
                    ? scoring.similarity(cosine, concept, pv.categories[ps], sv.categories[s], pv.levels[ps], sv.levels[s],
                            pv.statementWeights[ps])
                    : 0f;
            best = Math.max(best, sims[o]);
        }
        // the best few outcomes, by score descending then outcome order, without sorting them all
        int[] chosen = new int[Math.min(MAX_SUPPORTS, outcomes.size())];
        int count = 0;
        boolean[] taken = new boolean[outcomes.size()];
        while (count < chosen.length) {
            int pick = -1;
            for (int o = 0; o < outcomes.size(); o++) {
                if (!taken[o] && sims[o] > 0f && (pick < 0 || sims[o] > sims[pick])) {
                    pick = o;
                }
            }
            if (pick < 0 || (count > 0 && sims[pick] < config.weakThreshold())) {
                break;
            }
            taken[pick] = true;
            chosen[count++] = pick;
        }
        List<StatementSupport> supports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int o = chosen[i];
            supports.add(support(outcomes.get(o), pv, o + 1, sv, s, sims[o]));
        }
        double score = best;
        CoverageStatus status = scoring.status(score);
        Confidence confidence = scoring.requirementConfidence(score, status);
        return new RequirementMatch(requirement, card.id(), function.id(), sv.statementWeights[s], score, status,
                supports, confidence);
    }

    private StatementSupport support(Statement outcome, DocVectors pv, int ps, DocVectors sv, int s, float score) {
        int[] a = pv.terms[ps];
        int[] b = sv.terms[s];
        int[] sharedTerm = new int[Math.min(a.length, b.length)];
        float[] contribution = new float[sharedTerm.length];
        int n = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sharedTerm[n] = a[x];
                contribution[n++] = pv.weights[ps][x] * sv.weights[s][y];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        // the most important shared words as written (n-gram words only when no word is shared)
        OutcomeWords words = new OutcomeWords(corpus.analysis(), outcome.text(), config.explanationLanguages(),
                null);
        List<String> terms = new ArrayList<>();
        boolean[] used = new boolean[n];
        while (terms.size() < MAX_TERMS) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (!used[i] && !corpus.term(sharedTerm[i]).startsWith(Corpus.NGRAM_PREFIX)
                        && (pick < 0 || contribution[i] > contribution[pick])) {
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            used[pick] = true;
            String written = words.written(corpus.term(sharedTerm[pick]));
            if (written == null) {
                throw new AssertionError("no version of " + outcome.text() + " has " + corpus.term(sharedTerm[pick]));
            }
            if (!terms.contains(written)) {
                terms.add(written);
            }
        }
        if (terms.isEmpty() && n > 0) {
            String[] grams = new String[n];
            for (int i = 0; i < n; i++) {
                grams[i] = corpus.term(sharedTerm[i]).substring(Corpus.NGRAM_PREFIX.length());
            }
            for (String w : words.wordsWithGrams(grams, contribution, n, 3)) {
                terms.add("~" + w);
            }
        }
        List<ConceptRef> concepts = new ArrayList<>();
        Map<String, ConceptRef> requirementConcepts = new HashMap<>();
        for (String c : sv.concepts[s]) {
            requirementConcepts.put(c, ConceptRef.parse(c));
        }
        for (String c : pv.concepts[ps]) {
            if (requirementConcepts.containsKey(c)) {
                concepts.add(requirementConcepts.get(c));
            }
        }
        boolean compatible = (pv.categories[ps] & sv.categories[s]) != 0;
        boolean below = LevelKeys.below(pv.levels[ps], sv.levels[s]);
        return new StatementSupport(outcome.id(), outcome.source(), outcome.text().resolve(config.explanationLanguages()), score,
                terms, concepts, compatible, below);
    }
}

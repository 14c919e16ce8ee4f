package io.github.opennqf.matching.internal;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.OutcomeSupport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explainer as it was before {@link OutcomeIndex}: a vector merge ({@link DocVectors#dot}) for
 * every outcome-requirement pair. Kept in the tests as the oracle that {@link Explainer} must equal
 * exactly.
 */
final class PairwiseExplainer {
    private static final int MAX_SUPPORTS = 3;
    private static final int MAX_TERMS = 8;
    private static final Confidence LOW = new Confidence(EnumSet.of(Confidence.ReviewReason.LOW_SCORE));
    private static final Confidence CLOSE = new Confidence(EnumSet.of(Confidence.ReviewReason.SMALL_MARGIN));
    private static final Confidence LOW_AND_CLOSE = new Confidence(
            EnumSet.of(Confidence.ReviewReason.LOW_SCORE, Confidence.ReviewReason.SMALL_MARGIN));

    private final Corpus corpus;
    private final MatchingConfig config;
    private final Scoring scoring;

    PairwiseExplainer(Corpus corpus, MatchingConfig config, Scoring scoring) {
        this.corpus = corpus;
        this.config = config;
        this.scoring = scoring;
    }

    CoverageReport explain(EducationalProgram program, DocVectors pv, ProfessionalStandard standard, DocVectors sv) {
        List<RequirementMatch> matches = new ArrayList<>();
        List<LevelCheck> levelChecks = new ArrayList<>();
        int s = 1;
        double sum = 0;
        double covered = 0;
        double total = 0;
        for (ProfessionCard card : standard.professionCards()) {
            levelChecks.add(levelCheck(program, card));
            for (LabourFunction function : card.labourFunctions()) {
                for (Requirement requirement : function.requirements()) {
                    RequirementMatch m = match(program, pv, sv, s, card, function, requirement);
                    matches.add(m);
                    double w = sv.statementWeights[s];
                    sum += w * (float) m.score();
                    total += w;
                    if (m.status() == CoverageStatus.COVERED) {
                        covered += w;
                    }
                    s++;
                }
            }
        }
        double score = total == 0 ? 0 : sum / total;
        double share = total == 0 ? 0 : covered / total;
        return new CoverageReport(program.id(), standard.code(), score, share, matches, levelChecks);
    }

    private LevelCheck levelCheck(EducationalProgram program, ProfessionCard card) {
        LevelRef programLevel = program.level();
        LevelRef required = card.level();
        if (programLevel == null || required == null) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, programLevel, required,
                    programLevel == null ? "the program states no level" : "the profession card states no level");
        }
        // one registry for both, so that two different frameworks without mappings get different keys
        Map<io.github.opennqf.framework.FrameworkRef, Integer> frameworks = new HashMap<>();
        int programKey = Corpus.levelKey(programLevel, frameworks, true);
        int requiredKey = Corpus.levelKey(required, frameworks, true);
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
                    "the program (" + programLevel + ") is below the required level " + required
                            + ": its outcomes can cover at most " + config.belowLevelCap() + " of each requirement");
        }
        return new LevelCheck(card.id(), LevelCheck.Status.MEETS, programLevel, required,
                "the program (" + programLevel + ") meets the required level " + required);
    }

    private RequirementMatch match(EducationalProgram program, DocVectors pv, DocVectors sv, int s,
            ProfessionCard card, LabourFunction function, Requirement requirement) {
        List<LearningOutcome> outcomes = program.outcomes();
        float[] sims = new float[outcomes.size()];
        float best = 0f;
        for (int o = 0; o < outcomes.size(); o++) {
            int ps = o + 1;
            float cosine = pv.dot(ps, sv, s);
            boolean concept = pv.sharesConcept(ps, sv, s);
            sims[o] = cosine > 0f || concept
                    ? scoring.combine(cosine, concept, pv.categories[ps], sv.categories[s], pv.levels[ps], sv.levels[s])
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
        List<OutcomeSupport> supports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int o = chosen[i];
            supports.add(support(outcomes.get(o), pv, o + 1, sv, s, sims[o]));
        }
        double score = best;
        CoverageStatus status = score >= config.coveredThreshold() ? CoverageStatus.COVERED
                : score >= config.weakThreshold() ? CoverageStatus.WEAK : CoverageStatus.UNCOVERED;
        boolean low = status == CoverageStatus.WEAK;
        boolean close = Math.abs(score - config.coveredThreshold()) < config.reviewMargin();
        Confidence confidence = low ? (close ? LOW_AND_CLOSE : LOW) : (close ? CLOSE : Confidence.CLEAR);
        return new RequirementMatch(requirement, card.id(), function.id(), sv.statementWeights[s], score, status,
                supports, confidence);
    }

    private OutcomeSupport support(LearningOutcome outcome, DocVectors pv, int ps, DocVectors sv, int s, float score) {
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
        OutcomeWords words = new OutcomeWords(corpus.analysis(), outcome.statement(), config.explanationLanguages(),
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
                throw new AssertionError("no version of " + outcome.statement() + " has " + corpus.term(sharedTerm[pick]));
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
        boolean below = Corpus.below(pv.levels[ps], sv.levels[s]);
        return new OutcomeSupport(outcome.id(), outcome.statement().resolve(config.explanationLanguages()), score,
                terms, concepts, compatible, below);
    }
}

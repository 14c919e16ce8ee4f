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
 * Builds the requirement-by-requirement {@link CoverageReport} of one program against one
 * standard, with the same arithmetic as {@link Engine}, so a report's score equals the matrix cell.
 * Immutable and thread-safe.
 */
public final class Explainer {
    private static final int MAX_SUPPORTS = 3;
    private static final int MAX_TERMS = 8;

    private final Corpus corpus;
    private final MatchingConfig config;
    private final Scoring scoring;

    public Explainer(Corpus corpus, MatchingConfig config, Scoring scoring) {
        this.corpus = corpus;
        this.config = config;
        this.scoring = scoring;
    }

    public CoverageReport explain(EducationalProgram program, DocVectors pv, ProfessionalStandard standard, DocVectors sv) {
        List<RequirementMatch> matches = new ArrayList<>();
        List<LevelCheck> levelChecks = new ArrayList<>();
        int s = 1;
        double sum = 0;
        double covered = 0;
        double total = 0;
        for (ProfessionCard card : standard.professionCards()) {
            levelChecks.add(levelCheck(program, card, pv, sv, s));
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

    private LevelCheck levelCheck(EducationalProgram program, ProfessionCard card, DocVectors pv, DocVectors sv, int s) {
        LevelRef programLevel = program.level();
        LevelRef required = card.level();
        if (programLevel == null || required == null) {
            return new LevelCheck(card.id(), LevelCheck.Status.UNKNOWN, programLevel, required,
                    programLevel == null ? "the program states no level" : "the profession card states no level");
        }
        int programKey = Corpus.levelKey(programLevel, new HashMap<>(), true);
        int requiredKey = Corpus.levelKey(required, new HashMap<>(), true);
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
        Integer[] order = new Integer[outcomes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Float.compare(sims[b], sims[a]);
            return c != 0 ? c : outcomes.get(a).id().compareTo(outcomes.get(b).id());
        });
        List<OutcomeSupport> supports = new ArrayList<>();
        for (int i = 0; i < order.length && supports.size() < MAX_SUPPORTS; i++) {
            int o = order[i];
            if (sims[o] <= 0f || (i > 0 && sims[o] < config.weakThreshold())) {
                break;
            }
            supports.add(support(outcomes.get(o), pv, o + 1, sv, s, sims[o]));
        }
        double score = best;
        CoverageStatus status = score >= config.coveredThreshold() ? CoverageStatus.COVERED
                : score >= config.weakThreshold() ? CoverageStatus.WEAK : CoverageStatus.UNCOVERED;
        EnumSet<Confidence.ReviewReason> reasons = EnumSet.noneOf(Confidence.ReviewReason.class);
        if (status == CoverageStatus.WEAK) {
            reasons.add(Confidence.ReviewReason.LOW_SCORE);
        }
        if (Math.abs(score - config.coveredThreshold()) < config.reviewMargin()) {
            reasons.add(Confidence.ReviewReason.SMALL_MARGIN);
        }
        return new RequirementMatch(requirement, card.id(), function.id(), sv.statementWeights[s], score, status,
                supports, new Confidence(reasons));
    }

    private OutcomeSupport support(LearningOutcome outcome, DocVectors pv, int ps, DocVectors sv, int s, float score) {
        List<float[]> shared = new ArrayList<>();
        int[] a = pv.terms[ps];
        int[] b = sv.terms[s];
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                shared.add(new float[] {a[x], pv.weights[ps][x] * sv.weights[s][y]});
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        shared.sort((p, q) -> {
            int c = Float.compare(q[1], p[1]);
            return c != 0 ? c : Float.compare(p[0], q[0]);
        });
        List<String> words = new ArrayList<>();
        List<String> grams = new ArrayList<>();
        for (float[] t : shared) {
            String term = corpus.term((int) t[0]);
            if (term.startsWith(Corpus.NGRAM_PREFIX)) {
                grams.add("~" + term.substring(Corpus.NGRAM_PREFIX.length()));
            } else {
                words.add(term);
            }
        }
        List<String> terms = new ArrayList<>(words.subList(0, Math.min(MAX_TERMS, words.size())));
        if (terms.isEmpty()) {
            terms.addAll(grams.subList(0, Math.min(3, grams.size())));
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

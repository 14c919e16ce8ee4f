package io.github.opennqf.io.internal;

import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.OutcomeSupport;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.RequirementMatch;
import java.util.List;
import java.util.Set;

/**
 * The codecs of match results (module {@code io.github.opennqf.matching}, an optional dependency
 * of this module): this class is loaded only when a match-result document is read or written.
 * Immutable and shared.
 */
final class MatchCodecs {
    private MatchCodecs() {}

    static final Codec<CoverageReport> COVERAGE_REPORT;
    static final Codec<Ranking> RANKING;

    static {
        ObjectShape<Confidence> c = new ObjectShape<>("confidence", "a confidence (why a score needs review)");
        var reasons = c.optional("reasons", ValueCodecs.listOf(ValueCodecs.enumByName(Confidence.ReviewReason.class,
                "review reason")), x -> List.copyOf(x.reasons()), List.of()); // Confidence keeps declaration order
        var confidence = c.build(v -> new Confidence(Set.copyOf(v.get(reasons))));

        ObjectShape<OutcomeSupport> o = new ObjectShape<>("outcomeSupport", "an outcome's support of a requirement");
        var outcomeId = o.required("outcomeId", ValueCodecs.ID, OutcomeSupport::outcomeId);
        var statement = o.required("statement", ValueCodecs.STRING, OutcomeSupport::statement);
        var score = o.required("score", ValueCodecs.NUMBER, OutcomeSupport::score);
        var terms = o.optional("matchedTerms", ValueCodecs.listOf(ValueCodecs.ID), OutcomeSupport::matchedTerms,
                List.of());
        var concepts = o.optional("sharedConcepts", ValueCodecs.listOf(ModelCodecs.CONCEPT),
                OutcomeSupport::sharedConcepts, List.of());
        var categoryCompatible = o.optional("categoryCompatible", ValueCodecs.BOOLEAN,
                OutcomeSupport::categoryCompatible, true);
        var belowLevel = o.optional("belowLevel", ValueCodecs.BOOLEAN, OutcomeSupport::belowLevel, false);
        var support = o.build(v -> new OutcomeSupport(v.get(outcomeId), v.get(statement), v.get(score), v.get(terms),
                v.get(concepts), v.get(categoryCompatible), v.get(belowLevel)));

        ObjectShape<RequirementMatch> r = new ObjectShape<>("requirementMatch", "a requirement's match");
        var requirement = r.required("requirement", ModelCodecs.REQUIREMENT, RequirementMatch::requirement);
        var card = r.required("professionCardId", ValueCodecs.ID, RequirementMatch::professionCardId);
        var function = r.required("labourFunctionId", ValueCodecs.ID, RequirementMatch::labourFunctionId);
        var weight = r.required("weight", ValueCodecs.NUMBER, RequirementMatch::weight);
        var matchScore = r.required("score", ValueCodecs.NUMBER, RequirementMatch::score);
        var status = r.required("status", ValueCodecs.enumByName(CoverageStatus.class, "coverage status"),
                RequirementMatch::status);
        var supports = r.optional("supports", ValueCodecs.listOf(support), RequirementMatch::supports, List.of());
        var matchConfidence = r.optional("confidence", confidence, RequirementMatch::confidence, Confidence.CLEAR);
        var requirementMatch = r.build(v -> new RequirementMatch(v.get(requirement), v.get(card), v.get(function),
                v.get(weight), v.get(matchScore), v.get(status), v.get(supports), v.get(matchConfidence)));

        ObjectShape<LevelCheck> l = new ObjectShape<>("levelCheck", "a level check");
        var checkCard = l.required("professionCardId", ValueCodecs.ID, LevelCheck::professionCardId);
        var checkStatus = l.required("status", ValueCodecs.enumByName(LevelCheck.Status.class, "level check status"),
                LevelCheck::status);
        var programLevel = l.optional("programLevel", ModelCodecs.LEVEL_REF, LevelCheck::programLevel);
        var requiredLevel = l.optional("requiredLevel", ModelCodecs.LEVEL_REF, LevelCheck::requiredLevel);
        var message = l.required("message", ValueCodecs.STRING, LevelCheck::message);
        var levelCheck = l.build(v -> new LevelCheck(v.get(checkCard), v.get(checkStatus), v.get(programLevel),
                v.get(requiredLevel), v.get(message)));

        ObjectShape<CoverageReport> cr = new ObjectShape<>("coverageReport", "a coverage report");
        var programId = cr.required("programId", ValueCodecs.ID, CoverageReport::programId);
        var standardId = cr.required("standardId", ValueCodecs.ID, CoverageReport::standardId);
        var reportScore = cr.required("score", ValueCodecs.NUMBER, CoverageReport::score);
        var coveredShare = cr.required("coveredShare", ValueCodecs.NUMBER, CoverageReport::coveredShare);
        var requirements = cr.optional("requirements", ValueCodecs.listOf(requirementMatch),
                CoverageReport::requirements, List.of());
        var levelChecks = cr.optional("levelChecks", ValueCodecs.listOf(levelCheck), CoverageReport::levelChecks,
                List.of());
        COVERAGE_REPORT = cr.build(v -> new CoverageReport(v.get(programId), v.get(standardId), v.get(reportScore),
                v.get(coveredShare), v.get(requirements), v.get(levelChecks)));

        ObjectShape<CandidateScore> cs = new ObjectShape<>("candidateScore", "a candidate's score");
        var candidateId = cs.required("candidateId", ValueCodecs.ID, CandidateScore::candidateId);
        var candidateScore = cs.required("score", ValueCodecs.NUMBER, CandidateScore::score);
        var candidate = cs.build(v -> new CandidateScore(v.get(candidateId), v.get(candidateScore)));

        ObjectShape<RankedMatch> rm = new ObjectShape<>("rankedMatch", "an explained ranked match");
        var queryId = rm.required("queryId", ValueCodecs.ID, RankedMatch::queryId);
        var rank = rm.required("rank", ValueCodecs.POSITIVE_INTEGER, RankedMatch::rank);
        var matchCandidate = rm.required("candidateId", ValueCodecs.ID, RankedMatch::candidateId);
        var rankedScore = rm.required("score", ValueCodecs.NUMBER, RankedMatch::score);
        var rankedConfidence = rm.optional("confidence", confidence, RankedMatch::confidence, Confidence.CLEAR);
        var coverage = rm.required("coverage", COVERAGE_REPORT, RankedMatch::coverage);
        var ranked = rm.build(v -> new RankedMatch(v.get(queryId), v.get(rank), v.get(matchCandidate),
                v.get(rankedScore), v.get(rankedConfidence), v.get(coverage)));

        ObjectShape<Ranking> rk = new ObjectShape<>("ranking", "a ranking");
        var rankingQuery = rk.required("queryId", ValueCodecs.ID, Ranking::queryId);
        var candidates = rk.optional("candidates", ValueCodecs.listOf(candidate), Ranking::candidates, List.of());
        var explained = rk.optional("explained", ValueCodecs.listOf(ranked), Ranking::explained, List.of());
        RANKING = rk.build(v -> new Ranking(v.get(rankingQuery), v.get(candidates), v.get(explained)));
    }
}

package io.github.opennqf.io.internal.json;

import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.RankedMatch;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.StatementSupport;
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

        ObjectShape<StatementSource> so = new ObjectShape<>("statementSource", "where a query statement comes from");
        var sourceKind = so.required("kind", ValueCodecs.ID, StatementSource::kind);
        var sourceId = so.required("id", ValueCodecs.ID, StatementSource::id);
        var source = so.build(v -> new StatementSource(v.get(sourceKind), v.get(sourceId)));

        ObjectShape<StatementSupport> o = new ObjectShape<>("statementSupport", "a query statement's support of a requirement");
        var statementId = o.required("statementId", ValueCodecs.ID, StatementSupport::statementId);
        var statementSource = o.required("source", source, StatementSupport::source);
        var statement = o.required("statement", ValueCodecs.STRING, StatementSupport::statement);
        var score = o.required("score", ValueCodecs.NUMBER, StatementSupport::score);
        var terms = o.optional("matchedTerms", ValueCodecs.listOf(ValueCodecs.ID), StatementSupport::matchedTerms,
                List.of());
        var concepts = o.optional("sharedConcepts", ValueCodecs.listOf(ModelCodecs.CONCEPT),
                StatementSupport::sharedConcepts, List.of());
        var categoryCompatible = o.optional("categoryCompatible", ValueCodecs.BOOLEAN,
                StatementSupport::categoryCompatible, true);
        var belowLevel = o.optional("belowLevel", ValueCodecs.BOOLEAN, StatementSupport::belowLevel, false);
        var support = o.build(v -> new StatementSupport(v.get(statementId), v.get(statementSource), v.get(statement), v.get(score), v.get(terms),
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
        var queryLevel = l.optional("queryLevel", ModelCodecs.LEVEL_REF, LevelCheck::queryLevel);
        var requiredLevel = l.optional("requiredLevel", ModelCodecs.LEVEL_REF, LevelCheck::requiredLevel);
        var message = l.required("message", ValueCodecs.STRING, LevelCheck::message);
        var levelCheck = l.build(v -> new LevelCheck(v.get(checkCard), v.get(checkStatus), v.get(queryLevel),
                v.get(requiredLevel), v.get(message)));

        ObjectShape<CoverageScope> sc = new ObjectShape<>("coverageScope", "which requirements of a standard were scored");
        var scopeCard = sc.optional("professionCardId", ValueCodecs.ID, CoverageScope::professionCardId);
        var scopeFunction = sc.optional("labourFunctionId", ValueCodecs.ID, CoverageScope::labourFunctionId);
        var scope = sc.build(v -> new CoverageScope(v.get(scopeCard), v.get(scopeFunction)));

        ObjectShape<CoverageReport> cr = new ObjectShape<>("coverageReport", "a coverage report");
        var reportQueryId = cr.required("queryId", ValueCodecs.ID, CoverageReport::queryId);
        var standardId = cr.required("standardId", ValueCodecs.ID, CoverageReport::standardId);
        var reportScope = cr.optional("scope", scope, CoverageReport::scope, CoverageScope.WHOLE_STANDARD);
        var reportScore = cr.required("score", ValueCodecs.NUMBER, CoverageReport::score);
        var coveredShare = cr.required("coveredShare", ValueCodecs.NUMBER, CoverageReport::coveredShare);
        var requirements = cr.optional("requirements", ValueCodecs.listOf(requirementMatch),
                CoverageReport::requirements, List.of());
        var levelChecks = cr.optional("levelChecks", ValueCodecs.listOf(levelCheck), CoverageReport::levelChecks,
                List.of());
        COVERAGE_REPORT = cr.build(v -> new CoverageReport(v.get(reportQueryId), v.get(standardId), v.get(reportScope), v.get(reportScore),
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

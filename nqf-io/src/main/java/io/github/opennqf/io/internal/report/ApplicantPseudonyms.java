package io.github.opennqf.io.internal.report;

import io.github.opennqf.labour.EmploymentDecision;
import io.github.opennqf.labour.Job;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.EmploymentCheck;
import io.github.opennqf.recognition.EvidenceFlag;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Pseudonymised copies of applicant rankings, for reports that may leave the HR department: every
 * text that came from an applicant's evidence is left out, so that only ids, kinds, scores,
 * statuses and the library's own reasons (built from dates, numbers, levels and the policy)
 * remain. Assessments hold no names. Thread-safe: no state.
 */
public final class ApplicantPseudonyms {
    private static final String MAIN_JOB = "(main job)";

    private ApplicantPseudonyms() {}

    /** @return a copy of the ranking without the texts of the applicants' evidence */
    public static ApplicantRanking of(ApplicantRanking ranking) {
        return new ApplicantRanking(ranking.standardCode(), ranking.professionCardId(),
                ranking.top().stream().map(ApplicantPseudonyms::of).toList(), ranking.assessed());
    }

    private static ApplicantAssessment of(ApplicantAssessment a) {
        CoverageReport s = a.skills();
        List<RequirementMatch> requirements = s.requirements().stream().map(m -> new RequirementMatch(m.requirement(),
                m.professionCardId(), m.labourFunctionId(), m.weight(), m.score(), m.status(),
                m.supports().stream().map(ApplicantPseudonyms::of).toList(), m.confidence())).toList();
        CoverageReport skills = new CoverageReport(s.queryId(), s.standardId(), s.scope(), s.score(), s.coveredShare(),
                requirements, s.levelChecks());
        return new ApplicantAssessment(a.applicantId(), a.standardCode(), a.professionCardId(), a.date(), a.score(), skills,
                a.eligibility(), a.recognition(), a.experienceYears(), a.evidence(),
                a.flags().stream().map(ApplicantPseudonyms::of).toList(), a.employment() == null ? null : of(a.employment()));
    }

    /** The applicant's main job is named by the applicant: its title goes, here and in the reasons. */
    private static EmploymentCheck of(EmploymentCheck e) {
        Job main = e.mainJob();
        if (main == null) {
            return e;
        }
        String title = main.title();
        UnaryOperator<String> hide = text -> text.replace(title, MAIN_JOB);
        EmploymentDecision decision = e.decision() == null ? null : new EmploymentDecision(e.decision().allowed(),
                e.decision().reasons().stream().map(r -> new EmploymentDecision.Reason(r.ground(), hide.apply(r.explanation())))
                        .toList());
        return new EmploymentCheck(e.status(), e.secondaryJob(), new Job(MAIN_JOB, main.hoursPerDay(), main.hazardous(),
                main.kind()), decision, e.reasons().stream().map(hide).toList());
    }

    /** The statement's text, the words it shares and its concepts go; its id, source and score stay. */
    private static StatementSupport of(StatementSupport s) {
        return new StatementSupport(s.statementId(), s.source(), "", s.score(), List.of(), List.of(),
                s.categoryCompatible(), s.belowLevel());
    }

    /**
     * A flag's message is the library's, but an unknown program's message quotes the program id the
     * applicant gave (a résumé's words such as "Bachelor, Computer Science"): that one is replaced.
     */
    private static EvidenceFlag of(EvidenceFlag f) {
        if (f.type() == EvidenceFlag.Type.UNKNOWN_PROGRAM) {
            return new EvidenceFlag(f.evidenceId(), f.type(), f.excluded(),
                    "the diploma's program is unknown: it brings its level and field, not its outcomes");
        }
        return f;
    }
}

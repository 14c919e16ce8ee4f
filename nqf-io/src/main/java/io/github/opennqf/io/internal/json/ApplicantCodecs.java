package io.github.opennqf.io.internal.json;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.labour.EmploymentDecision;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.Eligibility;
import io.github.opennqf.recognition.EmploymentCheck;
import io.github.opennqf.recognition.EligibilityCheck;
import io.github.opennqf.recognition.EvidenceFlag;
import io.github.opennqf.recognition.EvidenceKind;
import io.github.opennqf.recognition.EvidenceUse;
import io.github.opennqf.recognition.RecognitionPolicy;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The codecs of applicant assessments and of recognition policies (module
 * {@code io.github.opennqf.matching}, an optional dependency of this module): loaded only when such
 * a document is read or written. Immutable and shared.
 */
final class ApplicantCodecs {
    private ApplicantCodecs() {}

    static final Codec<ApplicantRanking> APPLICANT_RANKING;
    static final Codec<RecognitionPolicy> RECOGNITION_POLICY;

    /** Evidence kinds by the tags statement sources and the applicants format use: {@code course-certificate}. */
    private static final Codec<EvidenceKind> KIND = ValueCodecs.enumBy(EvidenceKind.class, EvidenceKind::sourceKind,
            "evidence kind");

    static {
        ObjectShape<EligibilityCheck> ec = new ObjectShape<>("eligibilityCheck", "an eligibility check");
        var checkStatus = ec.required("status", ValueCodecs.enumByName(EligibilityCheck.Status.class,
                "eligibility status"), EligibilityCheck::status);
        var checkReason = ec.required("reason", ValueCodecs.STRING, EligibilityCheck::reason);
        var check = ec.build(v -> new EligibilityCheck(v.get(checkStatus), v.get(checkReason)));

        ObjectShape<Eligibility> el = new ObjectShape<>("eligibility", "an applicant's eligibility");
        var education = el.required("education", check, Eligibility::education);
        var experience = el.required("experience", check, Eligibility::experience);
        var eligibility = el.build(v -> new Eligibility(v.get(education), v.get(experience)));

        ObjectShape<EvidenceUse> eu = new ObjectShape<>("evidenceUse", "how an evidence item entered an assessment");
        var useId = eu.required("evidenceId", ValueCodecs.ID, EvidenceUse::evidenceId);
        var useKind = eu.required("kind", KIND, EvidenceUse::kind);
        var counted = eu.required("counted", ValueCodecs.BOOLEAN, EvidenceUse::counted);
        var weight = eu.required("weight", ValueCodecs.NUMBER, EvidenceUse::weight);
        var statementIds = eu.optional("statementIds", ValueCodecs.listOf(ValueCodecs.ID), EvidenceUse::statementIds,
                List.of());
        var useReason = eu.required("reason", ValueCodecs.STRING, EvidenceUse::reason);
        var use = eu.build(v -> new EvidenceUse(v.get(useId), v.get(useKind), v.get(counted), v.get(weight),
                v.get(statementIds), v.get(useReason)));

        ObjectShape<EvidenceFlag> ef = new ObjectShape<>("evidenceFlag", "a flag on an evidence item");
        var flagId = ef.required("evidenceId", ValueCodecs.ID, EvidenceFlag::evidenceId);
        var flagType = ef.required("type", ValueCodecs.enumByName(EvidenceFlag.Type.class, "flag type"),
                EvidenceFlag::type);
        var excluded = ef.required("excluded", ValueCodecs.BOOLEAN, EvidenceFlag::excluded);
        var flagMessage = ef.required("message", ValueCodecs.STRING, EvidenceFlag::message);
        var flag = ef.build(v -> new EvidenceFlag(v.get(flagId), v.get(flagType), v.get(excluded), v.get(flagMessage)));

        ObjectShape<EmploymentDecision.Reason> dr = new ObjectShape<>("employmentReason",
                "a reason the labour code refuses a secondary job");
        var ground = dr.required("ground", ValueCodecs.enumByName(EmploymentDecision.Ground.class, "ground"),
                EmploymentDecision.Reason::ground);
        var explanation = dr.required("explanation", ValueCodecs.ID, EmploymentDecision.Reason::explanation);
        var decisionReason = dr.build(v -> new EmploymentDecision.Reason(v.get(ground), v.get(explanation)));

        ObjectShape<EmploymentDecision> ed = new ObjectShape<>("employmentDecision",
                "the multiple-employment rule's decision");
        var allowed = ed.required("allowed", ValueCodecs.BOOLEAN, EmploymentDecision::allowed);
        var decisionReasons = ed.optional("reasons", ValueCodecs.listOf(decisionReason), EmploymentDecision::reasons,
                List.of());
        var decision = ed.build(v -> new EmploymentDecision(v.get(allowed), v.get(decisionReasons)));

        ObjectShape<EmploymentCheck> em = new ObjectShape<>("employmentCheck",
                "the multiple-employment check of a secondary-job vacancy");
        var employmentStatus = em.required("status", ValueCodecs.enumByName(EmploymentCheck.Status.class,
                "employment status"), EmploymentCheck::status);
        var secondaryJob = em.required("secondaryJob", ModelCodecs.JOB, EmploymentCheck::secondaryJob);
        var mainJob = em.optional("mainJob", ModelCodecs.JOB, EmploymentCheck::mainJob);
        var employmentDecision = em.optional("decision", decision, EmploymentCheck::decision);
        var employmentReasons = em.optional("reasons", ValueCodecs.listOf(ValueCodecs.STRING), EmploymentCheck::reasons,
                List.of());
        var employment = em.build(v -> new EmploymentCheck(v.get(employmentStatus), v.get(secondaryJob), v.get(mainJob),
                v.get(employmentDecision), v.get(employmentReasons)));

        ObjectShape<ApplicantAssessment> a = new ObjectShape<>("applicantAssessment",
                "an applicant's assessment against a profession card");
        var applicantId = a.required("applicantId", ValueCodecs.ID, ApplicantAssessment::applicantId);
        var standardCode = a.required("standardCode", ValueCodecs.ID, ApplicantAssessment::standardCode);
        var cardId = a.required("professionCardId", ValueCodecs.ID, ApplicantAssessment::professionCardId);
        var date = a.required("date", ModelCodecs.DATE, ApplicantAssessment::date);
        var score = a.required("score", ValueCodecs.NUMBER, ApplicantAssessment::score);
        var recognition = a.optional("recognition", ModelCodecs.RECOGNITION_RESULT, ApplicantAssessment::recognition);
        var assessedEligibility = a.required("eligibility", eligibility, ApplicantAssessment::eligibility);
        var years = a.required("experienceYears", ValueCodecs.NUMBER, ApplicantAssessment::experienceYears);
        var assessedEmployment = a.optional("employment", employment, ApplicantAssessment::employment);
        var flags = a.optional("flags", ValueCodecs.listOf(flag), ApplicantAssessment::flags, List.of());
        var evidence = a.optional("evidence", ValueCodecs.listOf(use), ApplicantAssessment::evidence, List.of());
        var skills = a.required("skills", MatchCodecs.COVERAGE_REPORT, ApplicantAssessment::skills);
        var assessment = a.build(v -> new ApplicantAssessment(v.get(applicantId), v.get(standardCode), v.get(cardId),
                v.get(date), v.get(score), v.get(skills), v.get(assessedEligibility), v.get(recognition), v.get(years),
                v.get(evidence), v.get(flags), v.get(assessedEmployment)));

        ObjectShape<ApplicantRanking> r = new ObjectShape<>("applicantRanking", "a ranking of applicants for a card");
        var rankingStandard = r.required("standardCode", ValueCodecs.ID, ApplicantRanking::standardCode);
        var rankingCard = r.required("professionCardId", ValueCodecs.ID, ApplicantRanking::professionCardId);
        var assessed = r.required("assessed", ValueCodecs.COUNT, ApplicantRanking::assessed);
        var top = r.optional("top", ValueCodecs.listOf(assessment), ApplicantRanking::top, List.of());
        APPLICANT_RANKING = r.build(v -> new ApplicantRanking(v.get(rankingStandard), v.get(rankingCard), v.get(top),
                v.get(assessed)));

        RECOGNITION_POLICY = policy();
    }

    private static Codec<RecognitionPolicy> policy() {
        RecognitionPolicy d = RecognitionPolicy.DEFAULTS;
        ObjectShape<RecognitionPolicy> p = new ObjectShape<>("recognitionPolicy",
                "a recognition policy (every field optional, defaults from RecognitionPolicy.DEFAULTS)");
        var kindWeights = p.optional("kindWeights", ValueCodecs.mapOf(KIND, ValueCodecs.NUMBER),
                ApplicantCodecs::kindWeights, kindWeights(d));
        var verificationWeights = p.optional("verificationWeights", ValueCodecs.mapOf(ModelCodecs.VERIFICATION,
                ValueCodecs.NUMBER), ApplicantCodecs::verificationWeights, verificationWeights(d));
        var halfLife = p.optional("recencyHalfLife", ModelCodecs.PERIOD, RecognitionPolicy::recencyHalfLife,
                d.recencyHalfLife());
        var floor = p.optional("recencyFloor", ValueCodecs.NUMBER, RecognitionPolicy::recencyFloor, d.recencyFloor());
        var recencyKinds = p.optional("recencyKinds", ValueCodecs.listOf(KIND), ApplicantCodecs::recencyKinds,
                recencyKinds(d));
        var minimumHours = p.optional("minimumCertificateHours", ValueCodecs.DECIMAL,
                RecognitionPolicy::minimumCertificateHours, d.minimumCertificateHours());
        var lifetime = p.optional("certificateLifetime", ModelCodecs.PERIOD, RecognitionPolicy::certificateLifetime,
                d.certificateLifetime());
        var recognitionSubstitutes = p.optional("recognitionSubstitutesEducation", ValueCodecs.BOOLEAN,
                RecognitionPolicy::recognitionSubstitutesEducation, d.recognitionSubstitutesEducation());
        var experienceSubstitutes = p.optional("experienceSubstitutingEducation", ModelCodecs.PERIOD,
                RecognitionPolicy::experienceSubstitutingEducation);
        return p.build(v -> {
            RecognitionPolicy.Builder b = RecognitionPolicy.builder();
            v.get(kindWeights).forEach(b::kindWeight);
            v.get(verificationWeights).forEach(b::verificationWeight);
            Period h = v.get(halfLife);
            double f = v.get(floor);
            List<EvidenceKind> kinds = v.get(recencyKinds);
            BigDecimal hours = v.get(minimumHours);
            Period life = v.get(lifetime);
            b.recencyHalfLife(h).recencyFloor(f).recencyKinds(kinds.isEmpty() ? EnumSet.noneOf(EvidenceKind.class)
                    : EnumSet.copyOf(kinds)).minimumCertificateHours(hours).certificateLifetime(life)
                    .recognitionSubstitutesEducation(v.get(recognitionSubstitutes))
                    .experienceSubstitutingEducation(v.get(experienceSubstitutes));
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                // the policy names the setting first ("kindWeight(DIPLOMA) must be ..."): locate it at its field
                String message = String.valueOf(e.getMessage());
                String setting = message.split("[ (]", 2)[0];
                String field = setting.endsWith("Weight") ? setting + "s" : setting;
                throw new InvalidValueException(field, null, message);
            }
        });
    }

    private static Map<EvidenceKind, Double> kindWeights(RecognitionPolicy policy) {
        Map<EvidenceKind, Double> m = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind k : EvidenceKind.values()) {
            m.put(k, policy.kindWeight(k));
        }
        return m;
    }

    private static Map<VerificationStatus, Double> verificationWeights(RecognitionPolicy policy) {
        Map<VerificationStatus, Double> m = new EnumMap<>(VerificationStatus.class);
        for (VerificationStatus s : VerificationStatus.values()) {
            m.put(s, policy.verificationWeight(s));
        }
        return m;
    }

    private static List<EvidenceKind> recencyKinds(RecognitionPolicy policy) {
        return Arrays.stream(EvidenceKind.values()).filter(policy.recencyKinds()::contains).toList();
    }
}

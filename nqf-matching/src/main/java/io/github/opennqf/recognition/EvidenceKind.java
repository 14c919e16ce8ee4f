package io.github.opennqf.recognition;

import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import java.util.Objects;

/**
 * The five kinds of evidence of a qualification, as the policy weighs them and explanations name
 * them ({@link #sourceKind()} is the {@link io.github.opennqf.matching.StatementSource#kind()} of
 * the statements drawn from an item).
 *
 * @since 0.1.0
 */
public enum EvidenceKind {
    /** A diploma of formal education. */
    DIPLOMA("diploma"),
    /** A certificate of a short-term or advanced training course (non-formal learning). */
    COURSE_CERTIFICATE("course-certificate"),
    /** A period of work (informal learning). */
    WORK_EXPERIENCE("work-experience"),
    /** A skill verified on a portal such as Career Enbek. */
    VERIFIED_SKILL("verified-skill"),
    /** The result of an assessment by an accredited recognition centre. */
    RECOGNITION_RESULT("recognition-result");

    private final String sourceKind;

    EvidenceKind(String sourceKind) {
        this.sourceKind = sourceKind;
    }

    /** @return the statement-source kind of statements drawn from this kind of evidence */
    public String sourceKind() {
        return sourceKind;
    }

    /**
     * @param evidence an item
     * @return its kind
     */
    public static EvidenceKind of(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence instanceof Diploma) {
            return DIPLOMA;
        }
        if (evidence instanceof CourseCertificate) {
            return COURSE_CERTIFICATE;
        }
        if (evidence instanceof WorkExperience) {
            return WORK_EXPERIENCE;
        }
        if (evidence instanceof VerifiedSkill) {
            return VERIFIED_SKILL;
        }
        if (evidence instanceof RecognitionResult) {
            return RECOGNITION_RESULT;
        }
        // Evidence is sealed: a new kind must be added here, never tagged as another
        throw new IllegalArgumentException("unknown kind of evidence: " + evidence.getClass().getName());
    }
}

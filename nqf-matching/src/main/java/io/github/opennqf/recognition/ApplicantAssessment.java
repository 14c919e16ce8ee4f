package io.github.opennqf.recognition;

import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.matching.CoverageReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one applicant against one profession card on one date: the skills score and
 * its requirement-by-requirement explanation (which evidence item covers each requirement, and the
 * gaps), eligibility apart from skills, a recognition result when one is decisive, how each piece
 * of evidence was weighed, and the flags a person should see.
 *
 * <p>{@link #score()} is 1 when a recognition centre recognised the applicant for this card at
 * its level or above ({@link #recognition()}): that result is decisive. Otherwise it is the skills
 * coverage, {@code skills().score()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param applicantId the applicant
 * @param standardCode the standard
 * @param professionCardId the card
 * @param date the day the evidence was judged on
 * @param score the overall score, in [0, 1]
 * @param skills the coverage of the card's requirements by the applicant's evidence
 * @param eligibility the card's education and experience conditions
 * @param recognition the decisive recognition result, or {@code null}
 * @param experienceYears counted work experience, in years, overlaps counted once
 * @param evidence how each item was weighed, in the profile's order
 * @param flags what a person should see, in the profile's order
 * @param employment the multiple-employment check when the vacancy is a secondary job, or
 *     {@code null} when it is not
 * @since 0.1.0
 */
public record ApplicantAssessment(
        String applicantId,
        String standardCode,
        String professionCardId,
        LocalDate date,
        double score,
        CoverageReport skills,
        Eligibility eligibility,
        @Nullable RecognitionResult recognition,
        double experienceYears,
        List<EvidenceUse> evidence,
        List<EvidenceFlag> flags,
        @Nullable EmploymentCheck employment) {

    /** Validates and copies. */
    public ApplicantAssessment {
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(professionCardId, "professionCardId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(eligibility, "eligibility");
        evidence = List.copyOf(evidence);
        flags = List.copyOf(flags);
    }

    /** @return whether a recognition result for this card is decisive */
    public boolean recognised() {
        return recognition != null;
    }
}

package io.github.opennqf.recognition;

import java.util.List;
import java.util.Objects;

/**
 * The best applicants for one card, best first (score descending, then applicant id, then input
 * order), with how many were assessed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param standardCode the standard
 * @param professionCardId the card
 * @param top the best assessments, at most the number asked for
 * @param assessed how many applicants were assessed
 * @since 0.1.0
 */
public record ApplicantRanking(String standardCode, String professionCardId, List<ApplicantAssessment> top, long assessed) {
    /** Validates and copies. */
    public ApplicantRanking {
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(professionCardId, "professionCardId");
        top = List.copyOf(top);
        if (assessed < top.size()) {
            throw new IllegalArgumentException("assessed (" + assessed + ") is less than the ranked " + top.size());
        }
    }
}

package io.github.opennqf.recognition;

import java.util.Objects;

/**
 * Whether a person meets a profession card's formal conditions — required education level and
 * work experience — reported apart from the skills score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param education the required education level
 * @param experience the required work experience
 * @since 0.1.0
 */
public record Eligibility(EligibilityCheck education, EligibilityCheck experience) {
    /** Validates. */
    public Eligibility {
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(experience, "experience");
    }

    /** @return not met if either check is not met; else unknown if either is unknown; else met */
    public EligibilityCheck.Status status() {
        if (education.status() == EligibilityCheck.Status.NOT_MET || experience.status() == EligibilityCheck.Status.NOT_MET) {
            return EligibilityCheck.Status.NOT_MET;
        }
        if (education.status() == EligibilityCheck.Status.UNKNOWN || experience.status() == EligibilityCheck.Status.UNKNOWN) {
            return EligibilityCheck.Status.UNKNOWN;
        }
        return EligibilityCheck.Status.MET;
    }
}

package io.github.opennqf.recognition;

import io.github.opennqf.labour.EmploymentDecision;
import io.github.opennqf.labour.Job;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether an applicant may take the vacancy as a secondary job under the labour code's
 * multiple-employment rule ({@link io.github.opennqf.labour.MultipleEmploymentRule}), with the
 * reasons. It is part of an {@link ApplicantAssessment} when the vacancy is declared a secondary
 * job ({@link ApplicantAssessor.Builder#secondaryJob}); it is reported beside the skills score and
 * the eligibility, and changes neither.
 *
 * <p>{@link Status#UNKNOWN} when a fact the rule needs is missing from the applicant's
 * {@link io.github.opennqf.evidence.PersonalDetails}: the main job, or the birth date when nothing
 * else already rules the job out. Immutable and thread-safe.
 *
 * @param status allowed, not allowed, or unknown
 * @param secondaryJob the vacancy as a job
 * @param mainJob the applicant's main job, or {@code null} when not stated
 * @param decision the rule's decision, or {@code null} when it could not be made
 * @param reasons every reason, in the rule's order, then what was missing
 * @since 0.1.0
 */
public record EmploymentCheck(Status status, Job secondaryJob, @Nullable Job mainJob,
        @Nullable EmploymentDecision decision, List<String> reasons) {

    /** Validates and copies. */
    public EmploymentCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secondaryJob, "secondaryJob");
        reasons = List.copyOf(reasons);
    }

    /** The outcome of the check. */
    public enum Status {
        /** The rule allows the secondary job. */
        ALLOWED,
        /** The rule forbids it; the reasons say why. */
        NOT_ALLOWED,
        /** A fact the rule needs is not known; the reasons say which. */
        UNKNOWN
    }
}

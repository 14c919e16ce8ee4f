package io.github.opennqf.labour;

import io.github.opennqf.internal.Check;
import java.util.List;

/**
 * The answer of {@link MultipleEmploymentRule#check}: allowed or not, with every reason that
 * applies (not only the first).
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowed {@code true} if the secondary employment is allowed
 * @param reasons why not, each with its own explanation; empty when allowed
 * @since 0.1.0
 */
public record EmploymentDecision(boolean allowed, List<Reason> reasons) {

    /** Validates: allowed exactly when there are no reasons. */
    public EmploymentDecision {
        reasons = Check.listOf(reasons, "reasons");
        if (allowed != reasons.isEmpty()) {
            throw Check.invalid("reasons", reasons, allowed ? "must be empty when allowed" : "must not be empty when not allowed");
        }
    }

    /**
     * One reason the secondary employment is not allowed.
     *
     * @param ground which rule applies
     * @param explanation the facts that triggered it, in English
     */
    public record Reason(Ground ground, String explanation) {
        /** Validates. */
        public Reason {
            Check.notNull(ground, "ground");
            explanation = Check.notBlank(explanation, "explanation");
        }
    }

    /** The grounds on which secondary employment is refused. */
    public enum Ground {
        /** The person is under 18. */
        MINOR,
        /** One of the jobs is a hazardous occupation and the person is not a healthcare worker. */
        HAZARDOUS_OCCUPATION,
        /** The person is a civil servant and the secondary job is not teaching, research or creative work. */
        CIVIL_SERVICE,
        /** The main job is longer than its daily limit. */
        MAIN_JOB_HOURS,
        /** The secondary job is longer than its daily limit. */
        SECONDARY_JOB_HOURS,
        /** Both jobs together are longer than the total daily limit. */
        TOTAL_HOURS
    }
}

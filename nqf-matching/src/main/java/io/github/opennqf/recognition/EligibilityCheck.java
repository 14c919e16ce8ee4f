package io.github.opennqf.recognition;

import java.util.Objects;

/**
 * One condition of a profession card that a person must meet apart from skills (the required
 * education level, the required work experience), with the reason for the result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status met, not met, unknown, or not required
 * @param reason a sentence saying why
 * @since 0.1.0
 */
public record EligibilityCheck(Status status, String reason) {
    /** Validates. */
    public EligibilityCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** The result of one check. */
    public enum Status {
        /** The card requires nothing here. */
        NOT_REQUIRED,
        /** The evidence meets the requirement, directly or through a substitute the policy allows. */
        MET,
        /** The evidence does not meet it. */
        NOT_MET,
        /** The evidence cannot tell (a diploma's level is unknown, levels cannot be compared). */
        UNKNOWN
    }
}

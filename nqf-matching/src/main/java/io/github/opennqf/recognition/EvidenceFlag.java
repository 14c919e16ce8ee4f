package io.github.opennqf.recognition;

import java.util.Objects;

/**
 * Something about one piece of evidence that a person should see: it was not counted (expired,
 * dated in the future, failed verification, a duplicate, too short), or it was counted with a
 * caveat (overlapping another job, inconsistent, its program unknown).
 *
 * <p>Immutable and thread-safe.
 *
 * @param evidenceId the item
 * @param type what was found
 * @param excluded whether the item was left out of the assessment because of it
 * @param message a sentence saying why
 * @since 0.1.0
 */
public record EvidenceFlag(String evidenceId, Type type, boolean excluded, String message) {
    /** Validates. */
    public EvidenceFlag {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /** What was found about an item. */
    public enum Type {
        /** Dated after the assessment date: left out. */
        FUTURE_DATED,
        /** Not valid on the assessment date (its validity ended, or a certificate outlived the policy's lifetime): left out. */
        EXPIRED,
        /** Its verification was rejected or revoked: left out. */
        VERIFICATION_FAILED,
        /** The same item again (same kind and content, or a repeated id): the later one is left out. */
        DUPLICATE,
        /** A course certificate with fewer hours than the policy's minimum: left out. */
        TOO_SHORT,
        /** Work overlapping another job: counted once toward experience. */
        OVERLAPPING,
        /** Facts that do not fit together, such as work said to end after the assessment date or before the age of 14. */
        INCONSISTENT,
        /** A course certificate that states no hours (most digital badges): counted, but its length could not be checked. */
        HOURS_UNKNOWN,
        /** A diploma whose program the lookup does not know: it brings its level (from its code) but no outcomes. */
        UNKNOWN_PROGRAM
    }
}

package io.github.opennqf.matching;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a score can be trusted as it is or needs a person to look at it, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reasons why review is needed, in declaration order; empty when the score is clear
 * @since 0.1.0
 */
public record Confidence(Set<ReviewReason> reasons) {
    /** A clear score. */
    public static final Confidence CLEAR = new Confidence(Set.of());
    /** A low score, not close to a decision. */
    public static final Confidence LOW = new Confidence(EnumSet.of(ReviewReason.LOW_SCORE));
    /** A score close to a decision, not low. */
    public static final Confidence CLOSE = new Confidence(EnumSet.of(ReviewReason.SMALL_MARGIN));
    /** A low score close to a decision. */
    public static final Confidence LOW_AND_CLOSE = new Confidence(EnumSet.of(ReviewReason.LOW_SCORE, ReviewReason.SMALL_MARGIN));

    /** Copies the reasons. */
    public Confidence {
        Objects.requireNonNull(reasons, "reasons");
        // an EnumSet keeps the declaration order, so toString and iteration are the same in every run
        reasons = reasons.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /**
     * @param low whether the score is low
     * @param close whether it is close to a decision
     * @return the shared constant for that combination
     */
    public static Confidence of(boolean low, boolean close) {
        return low ? (close ? LOW_AND_CLOSE : LOW) : (close ? CLOSE : CLEAR);
    }

    /** @return {@code true} if a person should review the score */
    public boolean needsReview() {
        return !reasons.isEmpty();
    }

    /** Why a score needs review. */
    public enum ReviewReason {
        /** The score is low: the evidence is weak or borderline. */
        LOW_SCORE,
        /** The score is close to a decision: to the covered threshold, or to the runner-up in a ranking. */
        SMALL_MARGIN
    }
}

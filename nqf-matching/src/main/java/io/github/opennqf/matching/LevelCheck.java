package io.github.opennqf.matching;

import io.github.opennqf.framework.LevelRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of a query's level (a program's, an applicant's highest qualification) with a
 * profession card's required level. A query below the required level cannot fully cover the card:
 * its statements' scores are capped by
 * {@link MatchingConfig#belowLevelCap()}.
 *
 * <p>Levels in different frameworks are compared through the bundled level mappings (the EQF as
 * hub); when no mapping connects them, or a level is missing, the status is {@link Status#UNKNOWN}
 * and nothing is capped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param professionCardId the card
 * @param status meets, below or unknown
 * @param queryLevel the query's level, or {@code null}
 * @param requiredLevel the card's level, or {@code null}
 * @param message a sentence explaining the result
 * @since 0.1.0
 */
public record LevelCheck(String professionCardId, Status status, @Nullable LevelRef queryLevel,
        @Nullable LevelRef requiredLevel, String message) {

    /** Validates. */
    public LevelCheck {
        Objects.requireNonNull(professionCardId, "professionCardId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** The outcome of a level comparison. */
    public enum Status {
        /** The query is at or above the required level. */
        MEETS,
        /** The query is below the required level: it cannot fully cover the card. */
        BELOW,
        /** A level is missing or the two cannot be compared. */
        UNKNOWN
    }
}

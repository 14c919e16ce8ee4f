package io.github.opennqf.design;

import io.github.opennqf.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * How one language version of an outcome's statement reads against the program's level: the
 * action verb {@link VerbLexicon} found, its cognitive level and band, and whether it fits.
 *
 * <p>Immutable and thread-safe. Nulls where not allowed, a band outside 0..8, or a verb without a
 * level (or a level without a verb) get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param outcomeId the outcome
 * @param language the statement's language
 * @param verb the verb as the statement writes it, or {@code null} if none was found
 * @param cognitiveLevel the verb's cognitive level name (such as {@code analyse}), or {@code null}
 * @param lowestFit the lowest framework level the verb fits, 0 without a verb
 * @param highestFit the highest framework level the verb fits, 0 without a verb
 * @param fit whether it fits the program's level
 * @since 0.1.0
 */
public record OutcomeWording(String outcomeId, String language, @Nullable String verb,
        @Nullable String cognitiveLevel, int lowestFit, int highestFit, Fit fit) {

    /** Validates. */
    public OutcomeWording {
        outcomeId = Check.notBlank(outcomeId, "outcomeId");
        language = Check.notBlank(language, "language");
        Check.notNull(fit, "fit");
        Check.inRange(lowestFit, 0, 8, "lowestFit");
        Check.inRange(highestFit, lowestFit, 8, "highestFit");
        if ((verb == null) != (cognitiveLevel == null) || (verb == null) != (fit == Fit.NO_VERB)) {
            throw Check.invalid("verb", verb, "a verb, its cognitive level and a fit other than NO_VERB go together");
        }
    }

    /** Whether the wording fits the program's level. */
    public enum Fit {
        /** The verb's band holds the program's level. */
        FITS,
        /** The verb's band ends below the program's level. */
        BELOW,
        /** The verb's band starts above the program's level. */
        ABOVE,
        /** No listed verb was found. */
        NO_VERB
    }
}

package io.github.opennqf.design;

import io.github.opennqf.internal.Check;

/**
 * A cognitive level of action verbs (after Bloom's taxonomy as revised by Anderson and Krathwohl,
 * 2001: 1 remember, 2 understand, 3 apply, 4 analyse, 5 evaluate, 6 create) and the band of
 * framework levels (1 to 8) whose outcomes it fits. The bundled bands are in
 * {@code verb-levels.tsv}, with the reason for each.
 *
 * <pre>{@code
 * CognitiveLevel remember = VerbLexicon.bundled().level(1);   // fits levels 1-4
 * remember.isBelow(7);                                        // true: "knows" is weak for a master
 * }</pre>
 *
 * <p>Immutable and thread-safe. A rank outside 1..6, a band outside 1..8 or reversed, or a blank
 * name gets an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param rank 1 (remember) to 6 (create)
 * @param name its name, such as {@code analyse}
 * @param lowestFit the lowest framework level it fits
 * @param highestFit the highest framework level it fits, at least {@code lowestFit}
 * @param reason why the band is what it is
 * @since 0.1.0
 */
public record CognitiveLevel(int rank, String name, int lowestFit, int highestFit, String reason) {
    /** Validates. */
    public CognitiveLevel {
        Check.inRange(rank, 1, 6, "rank");
        name = Check.notBlank(name, "name");
        Check.inRange(lowestFit, 1, 8, "lowestFit");
        Check.inRange(highestFit, lowestFit, 8, "highestFit");
        reason = Check.notBlank(reason, "reason");
    }

    /**
     * @param frameworkLevel a level from 1 to 8
     * @return whether the band ends below it: the wording is weaker than the level asks for
     */
    public boolean isBelow(int frameworkLevel) {
        return highestFit < frameworkLevel;
    }

    /**
     * @param frameworkLevel a level from 1 to 8
     * @return whether the band starts above it: the wording asks more than the level
     */
    public boolean isAbove(int frameworkLevel) {
        return lowestFit > frameworkLevel;
    }

    /** @return for example {@code "analyse (levels 4-8)"} */
    public String describe() {
        return name + " (levels " + lowestFit + "-" + highestFit + ")";
    }
}

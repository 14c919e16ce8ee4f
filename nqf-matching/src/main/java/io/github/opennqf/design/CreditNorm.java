package io.github.opennqf.design;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * The credits a program at one framework level must have, in Kazakh academic credits (30 academic
 * hours each), and what a designed program gets by default.
 *
 * <p>Immutable and thread-safe. Amounts outside 0..10,000, a maximum below the minimum, a design
 * default outside the range, or a blank source get an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param level the framework level
 * @param least the fewest credits allowed
 * @param most the most credits allowed, or {@code null} for no upper bound
 * @param designDefault the credits {@link ProgramDesigner} gives a program at this level
 * @param source where the norm comes from
 * @since 0.1.0
 */
public record CreditNorm(LevelRef level, int least, @Nullable Integer most, int designDefault, String source) {
    /** Validates. */
    public CreditNorm {
        Check.notNull(level, "level");
        Check.inRange(least, 0, 10_000, "least");
        if (most != null) {
            Check.inRange(most, least, 10_000, "most");
        }
        Check.inRange(designDefault, least, most == null ? 10_000 : most, "designDefault");
        source = Check.notBlank(source, "source");
    }

    /**
     * @param credits an amount of credits
     * @return whether the amount is within the norm
     */
    public boolean allows(double credits) {
        return credits >= least && (most == null || credits <= most);
    }

    /** @return for example {@code "at least 240"} or {@code "60 to 120"} */
    public String describe() {
        return most == null ? "at least " + least : least + " to " + most;
    }
}

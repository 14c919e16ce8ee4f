package io.github.opennqf.evidence;

import io.github.opennqf.internal.Check;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates between which a piece of evidence counts, both inclusive; an open end means no limit.
 *
 * <pre>{@code
 * ValidityPeriod fiveYears = ValidityPeriod.between(LocalDate.of(2025, 3, 1), LocalDate.of(2030, 2, 28));
 * fiveYears.isValidOn(LocalDate.of(2026, 11, 23));   // true
 * ValidityPeriod.UNLIMITED.isValidOn(anyDate);       // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. An end before the start gets an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param from the first day it counts, or {@code null} for no start limit
 * @param until the last day it counts, or {@code null} for no end
 * @since 0.1.0
 */
public record ValidityPeriod(@Nullable LocalDate from, @Nullable LocalDate until) {
    /** Valid at all times. */
    public static final ValidityPeriod UNLIMITED = new ValidityPeriod(null, null);

    /** Checks the order of the dates. */
    public ValidityPeriod {
        if (from != null && until != null && until.isBefore(from)) {
            throw Check.invalid("until", until, "must not be before " + from);
        }
    }

    /**
     * @param from first day
     * @param until last day
     * @return the period
     */
    public static ValidityPeriod between(LocalDate from, LocalDate until) {
        return new ValidityPeriod(Check.notNull(from, "from"), Check.notNull(until, "until"));
    }

    /**
     * @param from first day
     * @return a period with no end
     */
    public static ValidityPeriod startingOn(LocalDate from) {
        return new ValidityPeriod(Check.notNull(from, "from"), null);
    }

    /**
     * @param date a day
     * @return {@code true} if the day lies within the period
     */
    public boolean isValidOn(LocalDate date) {
        Check.notNull(date, "date");
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}

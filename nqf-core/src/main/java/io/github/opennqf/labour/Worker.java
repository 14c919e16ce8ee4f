package io.github.opennqf.labour;

import io.github.opennqf.internal.Check;
import java.time.LocalDate;
import java.time.Period;

/**
 * The facts about a person that the multiple-employment rule needs.
 *
 * <p>Immutable and thread-safe. A null birth date gets an
 * {@link io.github.opennqf.InvalidValueException}.
 *
 * @param birthDate the person's date of birth
 * @param civilServant whether the person is a civil servant
 * @param healthcareWorker whether the person is a healthcare worker (exempt from the hazardous
 *     occupation ban)
 * @since 0.1.0
 */
public record Worker(LocalDate birthDate, boolean civilServant, boolean healthcareWorker) {

    /** Validates. */
    public Worker {
        Check.notNull(birthDate, "birthDate");
    }

    /**
     * @param date a day
     * @return the person's age in whole years on that day
     */
    public int ageOn(LocalDate date) {
        Check.notNull(date, "date");
        return Math.max(0, Period.between(birthDate, date).getYears());
    }
}

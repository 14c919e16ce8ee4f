package io.github.opennqf.recognition;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Date arithmetic of the assessment: ages and lengths in years of 365.25 days. */
final class RecognitionDates {
    static final double DAYS_PER_YEAR = 365.25;

    private RecognitionDates() {}

    /** @return a period's length in years (months as 1/12, days as 1/365.25) */
    static double years(Period p) {
        return p.getYears() + p.getMonths() / 12.0 + p.getDays() / DAYS_PER_YEAR;
    }

    /** @return a number of days, in years */
    static double years(long days) {
        return days / DAYS_PER_YEAR;
    }

    /** @return the years from {@code from} to {@code to}, negative when {@code to} is earlier */
    static double yearsBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
    }
}

package io.github.opennqf.io.internal.credential;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as résumés write it: a year ({@code 2019}), a month ({@code 2019-05}) or a day
 * ({@code 2019-05-17}); read as the first or the last day of the period it names.
 *
 * @param first the first day of the period
 * @param last the last day of the period
 */
record PartialDate(LocalDate first, LocalDate last) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** @return the date, or {@code null} when the text is not one of the three forms or not a real date */
    static @Nullable PartialDate parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new PartialDate(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new PartialDate(day, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

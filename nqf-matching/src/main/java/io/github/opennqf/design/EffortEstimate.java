package io.github.opennqf.design;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The labour cost of developing a new program or aligning one with a professional standard, as
 * {@link EffortEstimator} computes it: every component with its quantity, rate and basis, so that
 * the total can be checked and redone with other figures.
 *
 * <pre>{@code
 * EffortEstimate e = EffortEstimator.withDefaults().estimate(program, standard);
 * e.totalHours();                      // designers' and experts' person-hours
 * e.items().forEach(i -> System.out.println(i.component() + ": " + i.hours() + " h"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Nulls where not allowed, a blank id, or a coverage outside [0, 1]
 * get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param programId the program
 * @param standardCode the standard aligned with, or {@code null} for a new program
 * @param level the program's level
 * @param coverage the program's coverage of the standard before the work, in [0, 1], or
 *     {@code null} for a new program
 * @param items every component, in a fixed order; an item of zero hours is kept, to show it was
 *     counted
 * @param model the parameters used
 * @since 0.1.0
 */
public record EffortEstimate(String programId, @Nullable String standardCode, LevelRef level,
        @Nullable Double coverage, List<EffortItem> items, EffortModel model) {

    /** Validates and copies. */
    public EffortEstimate {
        programId = Check.notBlank(programId, "programId");
        standardCode = Check.optionalNotBlank(standardCode, "standardCode");
        Check.notNull(level, "level");
        if (coverage != null && !(coverage >= 0 && coverage <= 1)) {
            throw Check.invalid("coverage", coverage, "must be between 0 and 1");
        }
        items = Check.listOf(items, "items");
        Check.notNull(model, "model");
    }

    /** @return the designers' person-hours */
    public double designerHours() {
        return hours(EffortRole.DESIGNER);
    }

    /** @return the experts' person-hours, over all review rounds */
    public double expertHours() {
        return hours(EffortRole.EXPERT);
    }

    /** @return all person-hours */
    public double totalHours() {
        return items.stream().mapToDouble(EffortItem::hours).sum();
    }

    /** @return all person-hours in working days of {@link EffortModel#hoursPerDay()} */
    public double totalDays() {
        return totalHours() / model.hoursPerDay();
    }

    private double hours(EffortRole role) {
        return items.stream().filter(i -> i.role() == role).mapToDouble(EffortItem::hours).sum();
    }
}

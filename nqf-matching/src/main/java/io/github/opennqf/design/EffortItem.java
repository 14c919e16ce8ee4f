package io.github.opennqf.design;

import io.github.opennqf.internal.Check;

/**
 * One component of an {@link EffortEstimate}: how many units of what work, at how many hours each,
 * by whom, and on what basis, so a user can check the figure.
 *
 * <pre>{@code
 * // outcomes to add: 4 outcome × 2.0 h = 8.0 h (DESIGNER) — uncovered requirements, at most 3 per outcome
 * }</pre>
 *
 * <p>Immutable and thread-safe. Blank texts, a negative or non-finite quantity or rate, or hours
 * that are not quantity × rate get an {@link io.github.opennqf.InvalidValueException}.
 *
 * @param component what the work is, such as {@code outcomes to add}
 * @param role who does it
 * @param quantity how many units
 * @param unit the unit, such as {@code outcome} or {@code credit}
 * @param hoursPerUnit person-hours per unit
 * @param hours person-hours in all: {@code quantity × hoursPerUnit}
 * @param basis where the quantity and the rate come from
 * @since 0.1.0
 */
public record EffortItem(String component, EffortRole role, double quantity, String unit, double hoursPerUnit,
        double hours, String basis) {
    /** Validates. */
    public EffortItem {
        component = Check.notBlank(component, "component");
        Check.notNull(role, "role");
        unit = Check.notBlank(unit, "unit");
        basis = Check.notBlank(basis, "basis");
        if (!Double.isFinite(quantity) || quantity < 0) {
            throw Check.invalid("quantity", quantity, "must be a finite number, 0 or more");
        }
        if (!Double.isFinite(hoursPerUnit) || hoursPerUnit < 0) {
            throw Check.invalid("hoursPerUnit", hoursPerUnit, "must be a finite number, 0 or more");
        }
        if (Math.abs(hours - quantity * hoursPerUnit) > 1e-6 * Math.max(1, hours)) {
            throw Check.invalid("hours", hours, "must be quantity × hoursPerUnit = " + quantity * hoursPerUnit);
        }
    }

    /**
     * @param component what the work is
     * @param role who does it
     * @param quantity how many units
     * @param unit the unit
     * @param hoursPerUnit person-hours per unit
     * @param basis where the figures come from
     * @return the item, its hours computed
     */
    public static EffortItem of(String component, EffortRole role, double quantity, String unit, double hoursPerUnit,
            String basis) {
        return new EffortItem(component, role, quantity, unit, hoursPerUnit, quantity * hoursPerUnit, basis);
    }
}

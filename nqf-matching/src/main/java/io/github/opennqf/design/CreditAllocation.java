package io.github.opennqf.design;

/**
 * How {@link ProgramDesigner} shares a program's credits among its modules. Either way every
 * module gets at least {@link DesignConfig#minModuleCredits()}, credits are whole, and they total
 * the program's credits (largest-remainder rounding, ties to the earlier module).
 *
 * @since 0.1.0
 */
public enum CreditAllocation {
    /** In proportion to the summed weights of the requirements each module's outcomes serve. */
    PROPORTIONAL_TO_WEIGHT,
    /** The same for every module. */
    EQUAL
}

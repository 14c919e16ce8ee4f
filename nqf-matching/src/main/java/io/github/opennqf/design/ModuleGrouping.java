package io.github.opennqf.design;

/**
 * How {@link ProgramDesigner} forms modules from the designed outcomes.
 *
 * @since 0.1.0
 */
public enum ModuleGrouping {
    /**
     * One module per labour function, holding that function's outcomes: the modular approach where
     * a module prepares for a coherent part of the work.
     */
    PER_LABOUR_FUNCTION,
    /** One module per outcome: the finest split, for designers who regroup by hand. */
    PER_OUTCOME
}

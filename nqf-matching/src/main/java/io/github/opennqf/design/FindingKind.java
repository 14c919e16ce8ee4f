package io.github.opennqf.design;

/**
 * What a {@link Finding} of {@link ProgramQualityCheck} is about.
 *
 * @since 0.1.0
 */
public enum FindingKind {
    /** An outcome's action verb fits only levels below the program's ("knows" in a master program). */
    WORDING_BELOW_LEVEL,
    /** An outcome's action verb fits only levels above the program's. */
    WORDING_ABOVE_LEVEL,
    /** No listed action verb was found in an outcome's statement in one of its languages. */
    NO_ACTION_VERB,
    /** No outcome falls in one of the framework's descriptor categories (knowledge, skills, competences). */
    CATEGORY_NOT_COVERED,
    /** The program states no total credits. */
    CREDITS_MISSING,
    /** The total credits lie outside the norm of the program's level. */
    CREDITS_OUTSIDE_NORM,
    /** The credits are in a system that cannot be checked against the norms (older national credits). */
    CREDIT_SYSTEM,
    /** The modules' credits do not add up to the program's total. */
    MODULE_CREDITS_MISMATCH,
    /** No norm is known for the program's level, so its credits were not checked. */
    NO_CREDIT_NORM,
    /** An outcome that no module covers. */
    OUTCOME_WITHOUT_MODULE,
    /** A module that covers no outcome. */
    MODULE_WITHOUT_OUTCOMES
}

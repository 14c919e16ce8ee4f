package io.github.opennqf.evidence;

/**
 * How the learning behind a piece of evidence took place. Since the 2025 framework, Kazakhstan
 * recognises non-formal and informal learning, not only formal education.
 *
 * @since 0.1.0
 */
public enum LearningKind {
    /** Formal education leading to a diploma. */
    FORMAL,
    /** Organised learning outside formal education: short-term or advanced training courses. */
    NON_FORMAL,
    /** Learning from work and life: work experience. */
    INFORMAL
}

package io.github.opennqf.framework;

/**
 * A set of descriptor categories used by a framework or taxonomy to sort learning outcomes.
 *
 * <p>Each {@link DescriptorCategory} belongs to exactly one scheme; the correspondences between
 * schemes are explicit, see {@link DescriptorCategory#correspondingIn(CategoryScheme)}.
 *
 * @since 0.1.0
 */
public enum CategoryScheme {
    /**
     * Kazakhstan: knowledge (знания / білім), abilities (умения / білік), skills (навыки / дағды),
     * and personal and professional competencies. The NQF's level descriptors combine abilities
     * and skills in one column.
     */
    KAZAKHSTAN,
    /** The European Qualifications Framework: knowledge, skills, responsibility and autonomy. */
    EQF,
    /** ESCO skill types: knowledge, and skill/competence. */
    ESCO
}

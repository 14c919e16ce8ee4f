package io.github.opennqf.io.esco;

import io.github.opennqf.framework.DescriptorCategory;
import java.util.Optional;

/**
 * ESCO's two skill types, as written in the {@code skillType} column.
 *
 * <p>Constants: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SkillType {
    /** {@code knowledge}. */
    KNOWLEDGE("knowledge", DescriptorCategory.ESCO_KNOWLEDGE),
    /** {@code skill/competence}. */
    SKILL_COMPETENCE("skill/competence", DescriptorCategory.ESCO_SKILL_COMPETENCE);

    private final String code;
    private final DescriptorCategory category;

    SkillType(String code, DescriptorCategory category) {
        this.code = code;
        this.category = category;
    }

    /** @return the value written in ESCO's CSV, such as {@code skill/competence} */
    public String code() {
        return code;
    }

    /** @return the descriptor category of this type ({@code ESCO_KNOWLEDGE} or {@code ESCO_SKILL_COMPETENCE}) */
    public DescriptorCategory category() {
        return category;
    }

    /**
     * @param code a value of the {@code skillType} column
     * @return the type, or empty for any other value
     */
    public static Optional<SkillType> fromCode(String code) {
        for (SkillType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

package io.github.opennqf.design.internal;

import io.github.opennqf.framework.CategoryScheme;
import io.github.opennqf.framework.DescriptorCategory;
import java.util.Locale;
import java.util.Set;

/**
 * The three groups a designed outcome falls in, after the EQF's columns: knowledge, skills (the
 * Kazakh abilities and skills), competence (responsibility and autonomy).
 */
public enum OutcomeGroup {
    KNOWLEDGE(DescriptorCategory.KZ_KNOWLEDGE),
    SKILLS(DescriptorCategory.KZ_SKILLS_AND_ABILITIES),
    COMPETENCE(DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);

    private final DescriptorCategory kazakhCategory;

    OutcomeGroup(DescriptorCategory kazakhCategory) {
        this.kazakhCategory = kazakhCategory;
    }

    /** @return the group of a category of any scheme: ESCO's skill/competence counts as skills */
    public static OutcomeGroup of(DescriptorCategory category) {
        Set<DescriptorCategory> eqf = category.correspondingIn(CategoryScheme.EQF);
        if (eqf.contains(DescriptorCategory.EQF_KNOWLEDGE)) {
            return KNOWLEDGE;
        }
        return eqf.contains(DescriptorCategory.EQF_SKILLS) ? SKILLS : COMPETENCE;
    }

    /** @return the Kazakh category an outcome of mixed requirement categories gets */
    public DescriptorCategory kazakhCategory() {
        return kazakhCategory;
    }

    /** @return the name used in the templates file, such as {@code skills} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.github.opennqf.framework;

import static io.github.opennqf.framework.DescriptorCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import org.junit.jupiter.api.Test;

class DescriptorCategoryTest {

    @Test
    void correspondencesAreSymmetricAndNeverEmpty() {
        for (DescriptorCategory a : values()) {
            for (CategoryScheme scheme : CategoryScheme.values()) {
                assertThat(a.correspondingIn(scheme)).as("%s in %s", a, scheme).isNotEmpty();
                for (DescriptorCategory b : a.correspondingIn(scheme)) {
                    assertThat(b.scheme()).isEqualTo(scheme);
                    assertThat(b.correspondingIn(a.scheme())).as("%s back from %s", a, b).contains(a);
                }
            }
        }
    }

    @Test
    void explicitTable() {
        assertThat(KZ_KNOWLEDGE.correspondingIn(CategoryScheme.EQF)).containsExactly(EQF_KNOWLEDGE);
        assertThat(KZ_ABILITIES.correspondingIn(CategoryScheme.EQF)).containsExactly(EQF_SKILLS);
        assertThat(KZ_SKILLS.correspondingIn(CategoryScheme.ESCO)).containsExactly(ESCO_SKILL_COMPETENCE);
        assertThat(KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES.correspondingIn(CategoryScheme.EQF))
                .containsExactly(EQF_RESPONSIBILITY_AND_AUTONOMY);
        assertThat(EQF_SKILLS.correspondingIn(CategoryScheme.KAZAKHSTAN))
                .containsExactlyInAnyOrder(KZ_ABILITIES, KZ_SKILLS, KZ_SKILLS_AND_ABILITIES);
        assertThat(ESCO_SKILL_COMPETENCE.correspondingIn(CategoryScheme.EQF))
                .containsExactlyInAnyOrder(EQF_SKILLS, EQF_RESPONSIBILITY_AND_AUTONOMY);
        assertThat(ESCO_KNOWLEDGE.correspondingIn(CategoryScheme.KAZAKHSTAN)).containsExactly(KZ_KNOWLEDGE);
        assertThat(KZ_SKILLS.correspondingIn(CategoryScheme.KAZAKHSTAN))
                .containsExactlyInAnyOrder(KZ_SKILLS, KZ_SKILLS_AND_ABILITIES);
    }

    @Test
    void compatibility() {
        assertThat(KZ_ABILITIES.isCompatibleWith(KZ_SKILLS)).isTrue();
        assertThat(KZ_SKILLS.isCompatibleWith(ESCO_SKILL_COMPETENCE)).isTrue();
        assertThat(KZ_KNOWLEDGE.isCompatibleWith(ESCO_KNOWLEDGE)).isTrue();
        assertThat(KZ_KNOWLEDGE.isCompatibleWith(KZ_SKILLS)).isFalse();
        assertThat(KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES.isCompatibleWith(EQF_SKILLS)).isFalse();
    }

    @Test
    void codesFromTabularData() {
        assertThat(fromCode("knowledge")).isEqualTo(KZ_KNOWLEDGE);
        assertThat(fromCode("Skill")).isEqualTo(KZ_SKILLS);
        assertThat(fromCode("ability")).isEqualTo(KZ_ABILITIES);
        assertThat(fromCode("competence")).isEqualTo(KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(fromCode("умения")).isEqualTo(KZ_ABILITIES);
        assertThat(fromCode("EQF_SKILLS")).isEqualTo(EQF_SKILLS);
        assertThatThrownBy(() -> fromCode("attitude"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("category: 'attitude' is not valid");
    }
}

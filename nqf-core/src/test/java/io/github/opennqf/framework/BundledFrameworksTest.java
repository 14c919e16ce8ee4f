package io.github.opennqf.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.text.MultilingualText;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledFrameworksTest {

    static Stream<QualificationsFramework> bundled() {
        return Frameworks.bundled().stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyLevelCategoryAndLanguageIsPresentAndNotBlank(QualificationsFramework framework) {
        assertThat(framework.languages()).containsExactlyInAnyOrder("kk", "ru", "en");
        int texts = 0;
        for (FrameworkLevel level : framework.levels()) {
            for (String language : List.of("kk", "ru", "en")) {
                assertThat(level.title().get(language)).get().asString().isNotBlank();
                for (DescriptorCategory category : framework.categories()) {
                    assertThat(level.descriptor(category))
                            .as("%s level %s %s %s", framework.ref(), level.level(), category, language)
                            .get()
                            .extracting(t -> t.get(language).orElse(""))
                            .asString()
                            .isNotBlank();
                    texts++;
                }
            }
        }
        assertThat(texts).isEqualTo(framework.levels().size() * framework.categories().size() * 3);
    }

    @Test
    void kazakhstanNqfHasEightLevelsInThreeKazakhCategories() {
        QualificationsFramework nqf = Frameworks.kazakhstanNqf();
        assertThat(nqf.ref()).isEqualTo(FrameworkRef.KZ_NQF_2025);
        assertThat(nqf.levels()).extracting(FrameworkLevel::level)
                .containsExactly(Level.of(1), Level.of(2), Level.of(3), Level.of(4),
                        Level.of(5), Level.of(6), Level.of(7), Level.of(8));
        assertThat(nqf.categories()).containsExactly(DescriptorCategory.KZ_KNOWLEDGE,
                DescriptorCategory.KZ_SKILLS_AND_ABILITIES,
                DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(nqf.textOrigin()).isEqualTo(TextOrigin.PARAPHRASE);
        assertThat(nqf.provenance().source()).containsIgnoringCase("paraphrase");
    }

    @Test
    void kazakhDescriptorsUseKazakhLettersAndRussianOnesDoNot() {
        QualificationsFramework nqf = Frameworks.kazakhstanNqf();
        for (FrameworkLevel level : nqf.levels()) {
            for (MultilingualText text : level.descriptors().values()) {
                assertThat(text.get("kk").orElseThrow()).containsPattern("[әғқңөұүһі]");
                assertThat(text.get("ru").orElseThrow()).doesNotContainPattern("[әғқңөұүһі]");
            }
        }
    }

    @Test
    void descriptorsDifferFromLevelToLevel() {
        QualificationsFramework nqf = Frameworks.kazakhstanNqf();
        for (DescriptorCategory category : nqf.categories()) {
            assertThat(nqf.levels().stream().map(l -> l.descriptors().get(category).get("en").orElseThrow()))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void eqfLevelsCarryTheirEuropeanIris() {
        QualificationsFramework eqf = Frameworks.eqf();
        assertThat(eqf.ref()).isEqualTo(FrameworkRef.EQF_2017);
        assertThat(eqf.categories()).containsExactly(DescriptorCategory.EQF_KNOWLEDGE,
                DescriptorCategory.EQF_SKILLS, DescriptorCategory.EQF_RESPONSIBILITY_AND_AUTONOMY);
        for (int n = 1; n <= 8; n++) {
            assertThat(eqf.level(n).orElseThrow().iri()).isEqualTo(URI.create("http://data.europa.eu/snb/eqf/" + n));
        }
        assertThat(eqf.provenance().source()).contains("2017");
    }

    @Test
    void iscedHasLevelsZeroToEightWithoutCategories() {
        QualificationsFramework isced = Frameworks.isced2011();
        assertThat(isced.levels()).hasSize(9);
        assertThat(isced.levels().get(0).level()).isEqualTo(Level.of(0));
        assertThat(isced.categories()).isEmpty();
        assertThat(isced.level(6).orElseThrow().description()).isNotNull();
        assertThat(isced.level(6).orElseThrow().title().get("en").orElseThrow()).containsIgnoringCase("bachelor");
    }

    @Test
    void bundledDataIsLoadedOnceAndShared() {
        assertThat(Frameworks.kazakhstanNqf()).isSameAs(Frameworks.kazakhstanNqf());
        assertThat(Frameworks.bundled(FrameworkRef.EQF_2017)).containsSame(Frameworks.eqf());
        assertThat(Frameworks.bundled(new FrameworkRef("eqf", "2008"))).isEmpty();
    }

    @Test
    void descriptorLookupByLevelAndCategory() {
        QualificationsFramework nqf = Frameworks.kazakhstanNqf();
        assertThat(nqf.descriptor(Level.of(6), DescriptorCategory.KZ_KNOWLEDGE)).isPresent();
        assertThat(nqf.descriptor(Level.of(6), DescriptorCategory.EQF_KNOWLEDGE)).isEmpty();
        assertThat(nqf.descriptor(Level.of(0), DescriptorCategory.KZ_KNOWLEDGE)).isEmpty();
        assertThat(nqf.ref(Level.of(6))).isEqualTo(LevelRef.parse("kz-nqf:2025/6"));
    }
}

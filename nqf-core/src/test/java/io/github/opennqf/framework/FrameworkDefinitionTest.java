package io.github.opennqf.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.text.LanguagePriority;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FrameworkDefinitionTest {

    private static final String TWO_LEVELS = """
            format = opennqf-framework/1
            id = demo
            edition = 1
            languages = en, ru
            categories = EQF_KNOWLEDGE, EQF_SKILLS
            levels = 1, 2.1
            text-origin = OFFICIAL
            source = written for this test
            title.en = Demo
            title.ru = Демо
            level.1.title.en = One
            level.1.title.ru = Один
            level.1.descriptor.EQF_KNOWLEDGE.en = Facts
            level.1.descriptor.EQF_KNOWLEDGE.ru = Факты
            level.1.descriptor.EQF_SKILLS.en = Simple tasks
            level.1.descriptor.EQF_SKILLS.ru = Простые задачи
            level.2.1.title.en = Two, first sub-level
            level.2.1.title.ru = Два, подуровень один
            level.2.1.descriptor.EQF_KNOWLEDGE.en = Principles
            level.2.1.descriptor.EQF_KNOWLEDGE.ru = Принципы
            level.2.1.descriptor.EQF_SKILLS.en = Routine problems
            level.2.1.descriptor.EQF_SKILLS.ru = Типовые задачи
            """;

    private static QualificationsFramework read(String text) {
        return Frameworks.read(new StringReader(text), "demo.properties");
    }

    @Test
    void readsAUserFramework() {
        QualificationsFramework f = read(TWO_LEVELS);
        assertThat(f.ref()).hasToString("demo:1");
        assertThat(f.levels()).extracting(l -> l.level().toString()).containsExactly("1", "2.1");
        assertThat(f.descriptor(Level.parse("2.1"), DescriptorCategory.EQF_SKILLS).orElseThrow()
                .resolve(LanguagePriority.of("ru"))).isEqualTo("Типовые задачи");
        assertThat(f.textOrigin()).isEqualTo(TextOrigin.OFFICIAL);
    }

    @Test
    void listsEveryProblemWithItsKey() {
        String broken = TWO_LEVELS
                .replace("level.1.descriptor.EQF_KNOWLEDGE.ru = Факты\n", "")
                .replace("title.ru = Демо", "title.ru =   ")
                .replace("levels = 1, 2.1", "levels = 1, 2.1, x")
                + "level.3.title.en = Three\nlevle.1.title.en = typo\n";
        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(FrameworkDefinitionException.class, e -> {
                    assertThat(e.source()).isEqualTo("demo.properties");
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("level.1.descriptor.EQF_KNOWLEDGE.ru: is missing"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("title.ru: must not be blank"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("levels: level: 'x' is not valid"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo("level.3.title.en: level 3 is not listed in 'levels'"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo("levle.1.title.en: is not a known key of this format"));
                    assertThat(e.getMessage()).startsWith("demo.properties: 5 problems");
                });
    }

    @Test
    void rejectsDuplicateKeysInsteadOfKeepingTheLast() {
        assertThatThrownBy(() -> read(TWO_LEVELS + "title.en = Other\n"))
                .isInstanceOfSatisfying(FrameworkDefinitionException.class,
                        e -> assertThat(e.problems()).containsExactly("title.en: appears more than once"));
    }

    @Test
    void rejectsWrongFormatUnknownCategoryAndBadEnum() {
        String broken = TWO_LEVELS.replace("opennqf-framework/1", "opennqf-framework/9")
                .replace("EQF_KNOWLEDGE, EQF_SKILLS", "EQF_KNOWLEDGE, EQF_SKILLS, EQF_ATTITUDES")
                .replace("text-origin = OFFICIAL", "text-origin = MAYBE");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOfSatisfying(FrameworkDefinitionException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).contains("format: is 'opennqf-framework/9'"))
                        .anySatisfy(p -> assertThat(p).contains("'EQF_ATTITUDES' is not a descriptor category"))
                        .anySatisfy(p -> assertThat(p).startsWith("text-origin: 'MAYBE' must be one of")));
    }

    @Test
    void rejectsMixedSchemesAsAWhole() {
        String mixed = TWO_LEVELS.replace("EQF_SKILLS", "KZ_SKILLS");
        assertThatThrownBy(() -> read(mixed))
                .isInstanceOf(FrameworkDefinitionException.class)
                .hasMessageContaining("must all belong to one scheme");
    }

    @Test
    void rejectsOversizedAndEmptyInput() {
        String huge = "# " + "x".repeat(1 << 20) + "\n";
        assertThatThrownBy(() -> read(huge)).hasMessageContaining("larger than");
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(FrameworkDefinitionException.class,
                e -> assertThat(e.problems()).contains("format: is missing", "id: is missing"));
        assertThatThrownBy(() -> read("title.en = \\u12")).hasMessageContaining("not a valid properties file");
    }

    @Test
    void readsAMapping() {
        LevelMapping m = Frameworks.readMapping(new StringReader("""
                format = opennqf-level-mapping/1
                from = demo:1
                to = eqf:2017
                status = OFFICIAL
                source = test
                pairs = 1->1, 2.1->2, 2.1->3
                """), "m.properties");
        assertThat(m.targetsOf(Level.parse("2.1"))).containsExactly(Level.of(2), Level.of(3));
        assertThat(m.status()).isEqualTo(MappingStatus.OFFICIAL);
        assertThatThrownBy(() -> Frameworks.readMapping(new StringReader("""
                format = opennqf-level-mapping/1
                from = demo
                to = eqf:2017
                status = OFFICIAL
                source = test
                pairs = 1=>1
                """), "bad.properties"))
                .isInstanceOfSatisfying(FrameworkDefinitionException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("from: framework: 'demo' is not valid"))
                        .anySatisfy(p -> assertThat(p).startsWith("pairs: '1=>1' must be written from->to")));
    }
}

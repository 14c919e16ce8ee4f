package io.github.opennqf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultilingualTextTest {
    private final MultilingualText title = MultilingualText.builder()
            .put("kk", "Бағдарламалық инженерия")
            .put("ru", "Программная инженерия")
            .put("EN-gb", " Software engineering ")
            .build();

    @Test
    void normalisesTagsAndStripsText() {
        assertThat(title.languages()).containsExactly("en-GB", "kk", "ru");
        assertThat(title.get("en-gb")).contains("Software engineering");
        assertThat(title.get("en")).isEmpty();
    }

    @Test
    void resolvesWithRfc4647LookupAndFallback() {
        assertThat(title.resolve(LanguagePriority.of("ru-KZ"))).isEqualTo("Программная инженерия");
        assertThat(title.resolve(LanguagePriority.of("de", "kk"))).isEqualTo("Бағдарламалық инженерия");
        assertThat(title.resolve(LanguagePriority.KAZAKHSTAN)).isEqualTo("Бағдарламалық инженерия");
        assertThat(title.resolve(LanguagePriority.of("de"))).isEqualTo("Software engineering");
        assertThat(title.resolveTag(LanguagePriority.parse("fr,ru;q=0.8"))).isEqualTo("ru");
        MultilingualText english = MultilingualText.of("en", "Data");
        assertThat(english.resolve(LanguagePriority.KAZAKHSTAN)).isEqualTo("Data");
    }

    @Test
    void valueSemantics() {
        assertThat(MultilingualText.of(Map.of("ru", "А", "en", "A")))
                .isEqualTo(MultilingualText.of("en", "A").with("ru", "А"))
                .hasSameHashCodeAs(MultilingualText.of("en", "A").with("ru", "А"));
        assertThat(title.with("ru", "Другое").get("ru")).contains("Другое");
        assertThat(title.get("ru")).contains("Программная инженерия");
    }

    @Test
    void undeterminedLanguageIsExplicit() {
        MultilingualText unknown = MultilingualText.of("und", "climate");
        assertThat(unknown.languages()).containsExactly("und");
        assertThat(unknown.resolve(LanguagePriority.KAZAKHSTAN)).isEqualTo("climate");
        assertThatThrownBy(() -> MultilingualText.of("x-!", "climate")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MultilingualText.of("en", "  "))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("text[en]");
        assertThatThrownBy(() -> MultilingualText.of("not a tag!", "x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("languageTag");
        assertThatThrownBy(() -> MultilingualText.builder().build())
                .hasMessageContaining("at least one language");
        assertThatThrownBy(() -> LanguagePriority.of()).hasMessageContaining("at least one language");
        assertThatThrownBy(() -> LanguagePriority.parse("en;q=2")).isInstanceOf(InvalidValueException.class);
    }
}

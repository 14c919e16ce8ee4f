package io.github.opennqf.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу",
        "Деректер қорын жобалау білімі",
        "Ақпараттық жүйелердің қауіпсіздігін қамтамасыз ету",
        "Кәсіптік стандарттың талаптарына сәйкес жұмыс істеу",
        "ДЕРЕКТЕР ҚОРЫН ЖОБАЛАУ",
        "Python тілінде бағдарламалау дағдысы",
    })
    void kazakhSentencesAreKazakh(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo("kk");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Разработка программного обеспечения и тестирование",
        "Знание языков программирования высокого уровня",
        "РАЗРАБОТКА ПРОГРАММ на Java и Python",
        "Ёмкость и объём памяти",
    })
    void russianSentencesAreRussian(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo("ru");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Develop and test software applications",
        "Knowledge of database design",
        "Naïve Bayes classifiers",
        "Use the Қазақстан open data portal",
    })
    void englishSentencesAreEnglish(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo("en");
    }

    @Test
    void mixedTextsGoByTheMajorityOfLetters() {
        // 21 Cyrillic letters against 10 Latin ones
        assertThat(LanguageDetector.detect("Разработка программ на Java и Python")).isEqualTo("ru");
        // 7 Cyrillic against 9 Latin
        assertThat(LanguageDetector.detect("Знание SQL и Python")).isEqualTo("en");
        // one Kazakh-specific letter in a mostly Cyrillic text makes it Kazakh
        assertThat(LanguageDetector.detect("SQL деректер базасы және Java")).isEqualTo("kk");
        // a tie between Cyrillic and Latin goes to Cyrillic
        assertThat(LanguageDetector.detect("ab вг")).isEqualTo("ru");
    }

    @Test
    void kazakhWithoutKazakhSpecificLettersIsRussianByDesign() {
        assertThat(LanguageDetector.detect("Деректер базасы")).isEqualTo("ru");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \t\n ", "2025", "6B06101 — 12.5%", "😀👩‍💻", "a", "я", "!!!", "中文文本处理", "\u0000\u0007"})
    void noLettersTooFewLettersOrAnotherScriptIsUndetermined(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo("und");
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(LanguageDetector.detect(new StringBuilder("Деректер ").append("қорын"))).isEqualTo("kk");
        assertThat(LanguageDetector.detect("\uD800 lone surrogates \uDC00 are ignored")).isEqualTo("en");
    }

    @Test
    void fallbackReplacesUndeterminedOnly() {
        assertThat(LanguageDetector.detect("2025", "kk")).isEqualTo("kk");
        assertThat(LanguageDetector.detect("", "EN")).isEqualTo("en");
        assertThat(LanguageDetector.detect("", "ru-kz")).isEqualTo("ru-KZ");
        assertThat(LanguageDetector.detect("Деректер қорын", "en")).isEqualTo("kk");
        assertThat(LanguageDetector.detect("Software testing", "kk")).isEqualTo("en");
        assertThat(LanguageDetector.detect("2025", "und")).isEqualTo("und");
    }

    @Test
    void kazakhSpecificLettersInBothCases() {
        assertThat("әғқңөұүһіӘҒҚҢӨҰҮҺІ".codePoints()).allMatch(LanguageDetector::isKazakhSpecific);
        assertThat("абвгдеёжзийклмнопрстуфхцчшщъыьэюяaiI".codePoints()).noneMatch(LanguageDetector::isKazakhSpecific);
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        assertThatThrownBy(() -> LanguageDetector.detect(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("text: is required");
        assertThatThrownBy(() -> LanguageDetector.detect("text", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fallbackTag: is required");
        assertThatThrownBy(() -> LanguageDetector.detect("text", "  "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("fallbackTag");
        assertThatThrownBy(() -> LanguageDetector.detect("text", "not a tag!"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("fallbackTag: 'not a tag!' is not valid: is not a well-formed BCP 47 language tag");
        assertThatThrownBy(() -> LanguageDetector.detect(null, "kk"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("text: is required");
    }

    @Test
    void theQuickScriptOfALetterIsTheJdksForEveryLetter() {
        int letters = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isLetter(cp)) {
                letters++;
                if (LanguageDetector.scriptOfLetter(cp) != Character.UnicodeScript.of(cp)) {
                    throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + LanguageDetector.scriptOfLetter(cp)
                            + ", the JDK says " + Character.UnicodeScript.of(cp));
                }
            }
        }
        assertThat(letters).isGreaterThan(100_000);
    }
}

package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KazakhLightStemmerTest {

    /** Each form with its stem, so a failure shows every form that went wrong. */
    private static Map<String, String> stems(List<String> forms) {
        Map<String, String> stems = new LinkedHashMap<>();
        forms.forEach(form -> stems.put(form, KazakhLightStemmer.stem(form)));
        return stems;
    }

    private static Map<String, String> allTo(String stem, List<String> forms) {
        Map<String, String> expected = new LinkedHashMap<>();
        forms.forEach(form -> expected.put(form, stem));
        return expected;
    }

    private static void assertSameStem(String stem, String... forms) {
        List<String> list = List.of(forms);
        assertThat(stems(list)).isEqualTo(allTo(stem, list));
    }

    @Test
    void inflectedFormsOfBilimReduceToBilim() {
        assertSameStem("білім",
                "білім", "білімі", "білімдерін", "білімнің", "білімге", "білімде", "білімнен", "біліммен",
                "білімдер", "білімдері", "білімдерінің", "білімді", "білімін", "біліміне", "білімінде",
                "білімінен", "білімдегі", "біліміміз", "біліміңіз", "білімдеріміз");
    }

    @Test
    void inflectedFormsOfBagdarlamaReduceToBagdarlama() {
        assertSameStem("бағдарлама",
                "бағдарлама", "бағдарламалар", "бағдарламаның", "бағдарламаларды", "бағдарламаны",
                "бағдарламаға", "бағдарламада", "бағдарламадан", "бағдарламамен", "бағдарламасы",
                "бағдарламасының", "бағдарламасын", "бағдарламасына", "бағдарламасында",
                "бағдарламасынан", "бағдарламасымен", "бағдарламадағы", "бағдарламаларындағы",
                "бағдарламаларымыз");
    }

    @Test
    void inflectedFormsOfMamanAndJuieReduceToTheirStems() {
        assertSameStem("маман", "маман", "мамандар", "мамандардың", "маманның", "маманға", "мамандарға",
                "мамандарды", "мамандары", "маманмен");
        assertSameStem("жүйе", "жүйе", "жүйелер", "жүйенің", "жүйелерді", "жүйесі", "жүйесінің", "жүйеге",
                "жүйеде", "жүйедегі", "жүйесіндегі", "жүйелерінің");
    }

    @Test
    void stemFinalConsonantsThatKazakhVoicesBeforeVowelsAreUnified() {
        assertSameStem("мамандық", "мамандық", "мамандығы", "мамандықтар", "мамандығының", "мамандықтың",
                "мамандыққа");
        assertSameStem("кітап", "кітап", "кітабы", "кітаптар", "кітаптың");
        assertSameStem("мектеп", "мектеп", "мектебі", "мектептер", "мектепте", "мектептегі");
        assertSameStem("тілек", "тілек", "тілегі", "тілектер");
    }

    @Test
    void sonorantFinalStemsTakeTheRightVariants() {
        assertSameStem("жер", "жер", "жердің", "жерде", "жерге", "жерлер", "жерден");
        assertSameStem("тіл", "тіл", "тілі", "тілдер", "тілін", "тілінде", "тілдің");
        assertSameStem("бағалау", "бағалау", "бағалауы", "бағалаудың", "бағалауға", "бағалауды", "бағалаулар");
        assertSameStem("деңгей", "деңгей", "деңгейі", "деңгейлер", "деңгейдің", "деңгейінде");
        assertSameStem("жоспар", "жоспар", "жоспары", "жоспарлар", "жоспардың", "жоспарынан");
    }

    @Test
    void stemsEndingInYsOrIsKeepTheirS() {
        assertSameStem("әдіс", "әдіс", "әдісі", "әдістер", "әдісін", "әдістерін", "әдісімен");
        assertSameStem("жұмыс", "жұмыс", "жұмысы", "жұмыстар", "жұмысын", "жұмыста");
        assertSameStem("үдеріс", "үдеріс", "үдерісі", "үдерісіне", "үдерістер");
    }

    @Test
    void keptWordsAreNotCutByRulesThatWouldMisreadThem() {
        assertSameStem("дағды", "дағды", "дағдылар", "дағдысы", "дағдылары", "дағдыларын", "дағдыларды",
                "дағдының");
        assertSameStem("желі", "желі", "желілер", "желісі", "желінің");
        assertSameStem("қазақстан", "қазақстан", "қазақстанның", "қазақстанда", "қазақстандағы");
        assertSameStem("тұлға", "тұлға", "тұлғаның", "тұлғалар");
    }

    @Test
    void loanwordsTakeSuffixesByTheirLastSound() {
        assertSameStem("модуль", "модуль", "модульдер", "модульдің");
        assertSameStem("компьютер", "компьютер", "компьютерлер", "компьютердің");
        assertSameStem("студент", "студент", "студенттер", "студенттерге", "студенттің");
        assertSameStem("педагок", "педагог", "педагогы", "педагогтар");
    }

    @Test
    void wordsThatOnlyLookInflectedAreNotOverStripped() {
        assertThat(stems(List.of("білім", "ана", "жер", "ел", "іс", "орын", "маман", "бағдарлама", "сала",
                "бағдарлама", "тестілеу", "әзірлеу", "қауіпсіз", "бағдарламалық", "теңіз", "маңыз", "жеке",
                "компьютер", "бағдар", "біледі", "қолданады", "меңгерген")))
                .allSatisfy((form, stem) -> assertThat(stem).as(form).isEqualTo(form));
    }

    @Test
    void deliberatelyUnhandledFormsStayApart() {
        // 1st person singular possessive: would collide with stems in -м ("білім" is not "біл" + "ім")
        assertThat(KazakhLightStemmer.stem("білімім")).isEqualTo("білімім");
        // the verbal noun -у is a word of its own
        assertThat(KazakhLightStemmer.stem("бағалау")).isEqualTo("бағалау");
        // vowel-dropping stems: "орын" / "орны" (its place) differ; n-grams cover them
        assertThat(KazakhLightStemmer.stem("орны")).isEqualTo("орн");
        // two-letter roots are below the minimum stem length
        assertThat(KazakhLightStemmer.stem("елдер")).isEqualTo("елдер");
    }

    @Test
    void nonKazakhTokensAreUnchanged() {
        assertThat(stems(List.of("sql", "python", "2025", "6b06101", "программа", "c")))
                .allSatisfy((form, stem) -> assertThat(stem).as(form).isEqualTo(form));
    }

    @Test
    void stemsInPlaceInABufferLongerThanTheWord() {
        char[] buffer = "білімдерін######".toCharArray();
        int length = new KazakhLightStemmer().stem(buffer, "білімдерін".length());
        assertThat(new String(buffer, 0, length)).isEqualTo("білім");
        assertThat(new KazakhLightStemmer().stem(new char[0], 0)).isZero();
    }

    @Test
    void nullWordIsRejected() {
        assertThatThrownBy(() -> KazakhLightStemmer.stem(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("word: is required");
    }

    @Property
    void stemIsAShortenedWordKeepingAtLeastThreeCharacters(@ForAll("cyrillicWords") String word) {
        String stem = KazakhLightStemmer.stem(word);
        assertThat(stem.length()).isLessThanOrEqualTo(word.length());
        if (!stem.isEmpty()) {
            // only the last character may change (ғ, г, б devoiced)
            assertThat(word).startsWith(stem.substring(0, stem.length() - 1));
        }
        if (stem.length() < word.length()) {
            assertThat(stem.length()).isGreaterThanOrEqualTo(KazakhLightStemmer.MIN_STEM_LENGTH);
        }
    }

    @Property
    void stemmingIsIdempotent(@ForAll("cyrillicWords") String word) {
        String stem = KazakhLightStemmer.stem(word);
        assertThat(KazakhLightStemmer.stem(stem)).isEqualTo(stem);
    }

    @Provide
    Arbitrary<String> cyrillicWords() {
        Arbitrary<String> suffixes = Arbitraries.of("", "лар", "лер", "дар", "тер", "ы", "і", "сы", "сі", "ның",
                "нің", "дың", "тің", "ға", "ге", "қа", "ке", "ны", "ді", "ты", "да", "де", "те", "дан", "нен",
                "тан", "мен", "бен", "пен", "ын", "сын", "ына", "сіне", "ында", "сінен", "дағы", "тегі", "ымыз",
                "ңіз", "ь");
        Arbitrary<String> stems = Arbitraries.strings()
                .withChars("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")
                .ofMinLength(0)
                .ofMaxLength(9);
        return net.jqwik.api.Combinators.combine(stems, suffixes, suffixes, suffixes)
                .as((stem, a, b, c) -> stem + a + b + c);
    }
}

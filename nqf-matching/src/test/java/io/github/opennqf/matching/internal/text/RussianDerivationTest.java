package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianDerivationTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();

    private static String term(String word) {
        return ANALYSIS.analyze(word, "ru").terms().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        // present tense or infinitive against the verbal noun
        "разрабатывает, разработка", "разрабатывать, разработку", "разработанный, разработки",
        "тестирует, тестирование", "тестировать, тестирования", "тестируемого, тестирование",
        "проектирует, проектирования", "администрирует, администрирование", "программирует, программирования",
        "документирует, документирование", "анализирует, анализировать", "использует, использования",
        "выполняет, выполнение", "применяет, применение", "управляет, управление", "осуществляет, осуществление",
        "оформляет, оформление", "выявляет, выявление", "устраняет, устранения", "определяет, определение",
        "создает, создание", "создавать, создания", "обучает, обучение", "проверяет, проверка",
        "обеспечивает, обеспечение", "обслуживает, обслуживание", "оценивает, оценка", "оценивать, оценок",
        "устанавливает, установка", "устанавливать, установлено", "подготавливает, подготовка",
        "обрабатывает, обработки", "настраивает, настройка", "настраивать, настроек", "просматривает, просмотр",
        "согласовывает, согласование", "организовывать, организации", "контролирует, контроль",
        "планирует, планирование", "проектирует, проект", "эксплуатирует, эксплуатации",
        "оптимизирует, оптимизация", "регистрирует, регистрация", "информирует, информации",
        "используя, использование", "преподавать, преподавание",
        // adjectives, participles and agent nouns
        "программное, программирование", "информационные, информация", "системный, система",
        "тестовые, тестирования", "оценочные, оценка", "разработчик, разработка", "тестировщик, тестирование",
        "администратор, администрирования", "руководитель, руководить", "программист, программирование",
        "заказчик, заказ", "порядок, порядка"
    })
    void aVerbAndItsVerbalNounShareATerm(String a, String b) {
        assertThat(term(a)).isEqualTo(term(b));
    }

    @ParameterizedTest
    @CsvSource({
        "давление, давать", "правление, правила", "специалист, специальный", "работник, работа",
        "объективный, объект", "эффективный, эффект", "капитальный, капитан", "данные, дать", "организм, организация",
        "систематизация, система", "газовый, газ", "сетевой, сеть"
    })
    void unrelatedOrTooShortWordsStayApart(String a, String b) {
        assertThat(term(a)).isNotEqualTo(term(b));
    }

    @Test
    void rootsOfSnowballStems() {
        assertThat(RussianDerivation.root("разрабатыва")).isEqualTo("разработ");
        assertThat(RussianDerivation.root("разработк")).isEqualTo("разработ");
        assertThat(RussianDerivation.root("тестирован")).isEqualTo("тест");
        assertThat(RussianDerivation.root("информацион")).isEqualTo("информ");
        assertThat(RussianDerivation.root("подготавлива")).isEqualTo("подгот");
        assertThat(RussianDerivation.root("настраива")).isEqualTo("настро");
        assertThat(RussianDerivation.root("показыва")).isEqualTo("показ");
        assertThat(RussianDerivation.root("программн")).isEqualTo("программ");
        assertThat(RussianDerivation.root("выполн")).isEqualTo("выполн");
        assertThat(RussianDerivation.root("специальн")).isEqualTo("специальн");
    }

    @Test
    void shortStemsAndNonRussianTermsAreLeftAlone() {
        for (String stem : new String[] {"", "а", "план", "газ", "газов", "знан", "сет", "дан", "здан", "задан", "домен",
                "java", "sql", "2025", "web-"}) {
            assertThat(RussianDerivation.root(stem)).isEqualTo(stem);
        }
    }

    @Test
    void onlyStemmedRussianIsConflated() {
        assertThat(ANALYSIS.analyze("Разрабатывает и тестирует программное обеспечение", "ru").terms())
                .containsExactly("разработ", "тест", "программ", "обеспеч");
        assertThat(TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(false))
                .analyze("Разработка", "ru").terms()).containsExactly("разработка");
        assertThat(ANALYSIS.analyze("Бағдарламалық қамтамасыз етуді әзірлеу", "kk").terms())
                .doesNotContain("разработ");
    }

    @Property(tries = 2000)
    void rootIsIdempotentAndNeverShortensBelowTheMinimum(@ForAll("stems") String stem) {
        String root = RussianDerivation.root(stem);
        assertThat(RussianDerivation.root(root)).isEqualTo(root);
        assertThat(root.length()).isLessThanOrEqualTo(stem.length())
                .isGreaterThanOrEqualTo(Math.min(stem.length(), RussianDerivation.MIN_ROOT));
    }

    @Property(tries = 300)
    void rootOfAnAnalysedTermIsItself(@ForAll("words") String word) {
        for (String term : ANALYSIS.analyze(word, "ru").terms()) {
            assertThat(RussianDerivation.root(term)).isEqualTo(term);
        }
    }

    @Provide
    Arbitrary<String> stems() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("абвгдежзийклмнопрстуфхцчшщъыьэюя").ofMaxLength(16),
                // random stems built from the suffixes the rules look for
                Arbitraries.strings().withChars("бвдклмнрст").ofMinLength(1).ofMaxLength(6)
                        .flatMap(base -> Arbitraries.of("ован", "ыва", "ива", "ен", "ан", "к", "ок", "ац", "цион",
                                "ир", "ова", "уем", "чик", "атор", "тел", "ист", "н", "ов", "а", "я", "у", "й", "вл",
                                "атыва", "авлива", "аива", "ава", "аван", "очн")
                                .list().ofMaxSize(3).map(suffixes -> base + String.join("", suffixes))));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("разрабатывает", "тестирование", "подготавливаемых", "информационно-коммуникационных",
                "администраторов", "настраиваемые", "организовывать", "руководителей", "преподавания", "ё");
    }
}

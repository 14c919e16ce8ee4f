package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalysisTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();

    /** Plain word tokens: what matching without analysis would compare. */
    private static Set<String> plainTokens(String text) throws IOException {
        try (Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        }) {
            return new HashSet<>(KazakhAnalyzerTest.terms(plain, text));
        }
    }

    private static Set<String> intersection(Iterable<String> a, Iterable<String> b) {
        Set<String> result = new HashSet<>();
        a.forEach(result::add);
        Set<String> other = new HashSet<>();
        b.forEach(other::add);
        result.retainAll(other);
        return result;
    }

    // ---- Kazakh -------------------------------------------------------------------------------

    @Test
    void kazakhInflectedFormsMatchAfterAnalysisButNotAsPlainTokens() throws IOException {
        String outcome = "білімдерін бағалау";
        String requirement = "білім бағалауы";

        assertThat(intersection(plainTokens(outcome), plainTokens(requirement))).isEmpty();

        AnalyzedText a = ANALYSIS.analyze(outcome, "kk");
        AnalyzedText b = ANALYSIS.analyze(requirement, "kk");
        assertThat(a.terms()).containsExactly("білім", "бағала");
        assertThat(b.terms()).containsExactly("білім", "бағала");
        assertThat(intersection(a.terms(), b.terms())).containsExactlyInAnyOrder("білім", "бағала");
    }

    @Test
    void kazakhSentencesWithDifferentInflectionsShareTheirContentTerms() throws IOException {
        String outcome = "Бағдарламаларды әзірлеу және деректер қорын жобалау дағдыларын меңгеру";
        String requirement = "Бағдарламаның деректер қорының жобасын әзірлеу дағдысы";

        assertThat(intersection(plainTokens(outcome), plainTokens(requirement)))
                .containsExactlyInAnyOrder("деректер", "әзірлеу");
        assertThat(intersection(ANALYSIS.analyze(outcome, "kk").terms(), ANALYSIS.analyze(requirement, "kk").terms()))
                .containsExactlyInAnyOrder("бағдарлама", "әзірле", "дерек", "қор", "дағды");
    }

    @Test
    void kazakhTermsComeWithBoundaryMarkedCharacterNgrams() {
        AnalyzedText text = ANALYSIS.analyze("білімі", "kk");
        assertThat(text.terms()).containsExactly("білім");
        assertThat(text.charNgrams()).containsExactly(
                "^бі", "^біл", "^білі", "біл", "білі", "білім", "ілі", "ілім", "ілім$", "лім", "лім$", "ім$");

        AnalyzedText small = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withKazakhGrams(2, 2)).analyze("жер", "kk");
        assertThat(small.charNgrams()).containsExactly("^ж", "же", "ер", "р$");
    }

    @Test
    void ngramsOfFormsTheStemmerLeavesAloneStillOverlap() {
        // "білімім" (my knowledge) is deliberately not stemmed: the terms differ, the n-grams overlap
        AnalyzedText mine = ANALYSIS.analyze("білімім", "kk");
        AnalyzedText plain = ANALYSIS.analyze("білім", "kk");
        assertThat(intersection(mine.terms(), plain.terms())).isEmpty();
        assertThat(intersection(mine.charNgrams(), plain.charNgrams()))
                .contains("^біл", "^білі", "білім", "ілім");

        // with stemming off, the n-grams alone connect the inflected forms
        TextAnalysis unstemmed = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withKazakhStemming(false));
        AnalyzedText inflected = unstemmed.analyze("білімдерін", "kk");
        AnalyzedText base = unstemmed.analyze("білім", "kk");
        assertThat(inflected.terms()).containsExactly("білімдерін");
        assertThat(intersection(inflected.terms(), base.terms())).isEmpty();
        assertThat(intersection(inflected.charNgrams(), base.charNgrams()))
                .containsExactlyInAnyOrder("^бі", "^біл", "^білі", "біл", "білі", "білім", "ілі", "ілім", "лім");
    }

    @Test
    void kazakhStopWordsAreRemovedWithOrWithoutStemming() {
        String text = "Бұл бағдарлама үшін және мамандар туралы";
        assertThat(ANALYSIS.analyze(text, "kk").terms()).containsExactly("бағдарлама", "маман");
        assertThat(TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withKazakhStemming(false)).analyze(text, "kk").terms())
                .containsExactly("бағдарлама", "мамандар");
    }

    // ---- Russian ------------------------------------------------------------------------------

    @Test
    void russianFormsShareAStemWithStemmingOnAndDifferWithItOff() {
        String text = "программирование программированию программирования";
        assertThat(ANALYSIS.analyze(text, "ru").terms()).containsOnly("программ").hasSize(3);

        TextAnalysis unstemmed = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(false));
        assertThat(unstemmed.analyze(text, "ru").terms())
                .containsExactly("программирование", "программированию", "программирования");
    }

    @Test
    void russianStopWordsAreRemovedEitherWay() {
        String text = "Программирование и тестирование в командах для проектов";
        assertThat(ANALYSIS.analyze(text, "ru").terms())
                .containsExactly("программ", "тест", "команд", "проект");
        assertThat(TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(false)).analyze(text, "ru").terms())
                .containsExactly("программирование", "тестирование", "командах", "проектов");
    }

    @Test
    void russianYoIsFoldedToYe() {
        TextAnalysis unstemmed = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withRussianStemming(false));
        assertThat(unstemmed.analyze("Объём ЁМКОСТИ и её расчёт", "ru").terms())
                .containsExactly("объем", "емкости", "расчет");
        assertThat(ANALYSIS.analyze("объём", "ru").terms()).isEqualTo(ANALYSIS.analyze("объем", "ru").terms());
    }

    @Test
    void russianHasNoCharacterNgrams() {
        assertThat(ANALYSIS.analyze("Разработка программ", "ru").charNgrams()).isEmpty();
    }

    // ---- English ------------------------------------------------------------------------------

    @Test
    void englishFormsShareAStem() {
        assertThat(ANALYSIS.analyze("developing develops developed develop", "en").terms())
                .containsExactly("develop", "develop", "develop", "develop");
    }

    @Test
    void englishStopWordsAndPossessivesAreRemoved() {
        assertThat(ANALYSIS.analyze("The engineer's tools and the design of a system", "en").terms())
                .containsExactly("engin", "tool", "design", "system");
        assertThat(ANALYSIS.analyze("engineer’s", "en").terms()).isEqualTo(ANALYSIS.analyze("engineer", "en").terms());
    }

    @Test
    void englishAccentsAreFolded() {
        assertThat(ANALYSIS.analyze("naïve café résumé", "en").terms())
                .isEqualTo(ANALYSIS.analyze("naive cafe resume", "en").terms());
    }

    @Test
    void englishStemmingCanBeSwitchedOff() {
        assertThat(TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withEnglishStemming(false))
                .analyze("Developing the systems", "en").terms())
                .containsExactly("developing", "systems");
    }

    // ---- Other languages and language resolution ---------------------------------------------

    @Test
    void otherLanguagesAreOnlyTokenizedAndLowerCased() {
        AnalyzedText german = ANALYSIS.analyze("Die Entwicklung von Software", "de");
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.terms()).containsExactly("die", "entwicklung", "von", "software");
        assertThat(german.charNgrams()).isEmpty();

        AnalyzedText undetermined = ANALYSIS.analyze("The Developing", "und");
        assertThat(undetermined.language()).isEqualTo("und");
        assertThat(undetermined.terms()).containsExactly("the", "developing");
    }

    @Test
    void aMissingTagMeansTheLanguageIsDetected() {
        assertThat(ANALYSIS.analyze("Деректер қорын жобалау білімі").language()).isEqualTo("kk");
        assertThat(ANALYSIS.analyze("Деректер қорын жобалау білімі").terms())
                .containsExactly("дерек", "қор", "жобала", "білім");
        assertThat(ANALYSIS.analyze("Разработка программного обеспечения", null).language()).isEqualTo("ru");
        assertThat(ANALYSIS.analyze("Software developers", null).terms()).containsExactly("softwar", "develop");
        assertThat(ANALYSIS.analyze("2025", null).language()).isEqualTo("und");
    }

    @ParameterizedTest
    @CsvSource({"kk,kk", "KK,kk", "kk-KZ,kk", "kk-Cyrl-KZ,kk", "kaz,kk", "ru-KZ,ru", "rus,ru", "en_GB,en",
        "eng,en", "de-AT,de", "und,und", "x-custom,und"})
    void theLanguageIsThePrimarySubtag(String tag, String language) {
        assertThat(TextAnalysis.primaryLanguage(tag)).isEqualTo(language);
        assertThat(ANALYSIS.analyze("text", tag).language()).isEqualTo(language);
    }

    // ---- Bounds and bad input ----------------------------------------------------------------

    @Test
    void longTextsAreTruncatedBeforeDetectionAndAnalysis() {
        // 80,000 characters of Latin "x ", then 110,000 of Russian: the first 100,000 are mostly Latin
        String text = "x ".repeat(40_000) + "Разработка ".repeat(10_000);
        AnalyzedText analyzed = ANALYSIS.analyze(text);
        assertThat(analyzed.truncated()).isTrue();
        assertThat(analyzed.language()).isEqualTo("en");
        // 20,000 Russian characters: 1,818 whole words and the "Ра" of the next one
        assertThat(analyzed.terms()).hasSize(40_000 + 1_818 + 1).endsWith("разработка", "ра");

        assertThat(ANALYSIS.analyze("x ".repeat(50_000), "en").truncated()).isFalse();
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String text = "a".repeat(TextAnalysis.MAX_ANALYZED_CHARS - 1) + "😀 tail";
        AnalyzedText analyzed = ANALYSIS.analyze(text, "und");
        assertThat(analyzed.truncated()).isTrue();
        assertThat(analyzed.terms()).allSatisfy(term -> assertThat(term).matches("a+"));
    }

    @Test
    void oddInputGivesAResultNotAnException() {
        for (String text : List.of("", "   ", "\t\n\r", "\u0000\u0001\u0007\u001B", "😀👩‍💻🇰🇿", "\uD800", "\uDC00abc",
                "Ѐ\u0301\u0300", "Білім knowledge знание 知识", "----", "a\u00ADb", "\uFEFFтекст", "\u200B\u200D")) {
            for (String tag : new String[] {null, "en", "ru", "kk", "und", "zh"}) {
                AnalyzedText analyzed = ANALYSIS.analyze(text, tag);
                assertThat(analyzed.terms()).noneMatch(String::isBlank);
                assertThat(analyzed.charNgrams()).noneMatch(String::isBlank);
            }
        }
        assertThat(ANALYSIS.analyze("").isEmpty()).isTrue();
        assertThat(ANALYSIS.analyze("", "kk").charNgrams()).isEmpty();
        assertThat(ANALYSIS.analyze("😀 😀", "kk").terms()).isEmpty();
        assertThat(ANALYSIS.analyze("және мен үшін", "kk").isEmpty()).isTrue();
    }

    @Test
    void badArgumentsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> ANALYSIS.analyze(null))
                .isInstanceOf(InvalidValueException.class).hasMessage("text: is required");
        assertThatThrownBy(() -> ANALYSIS.analyze(null, "kk"))
                .isInstanceOf(InvalidValueException.class).hasMessage("text: is required");
        assertThatThrownBy(() -> ANALYSIS.analyze("text", " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("languageTag: ' ' is not valid: must not be blank; pass null to detect the language");
        assertThatThrownBy(() -> ANALYSIS.analyze("text", "en--GB"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("languageTag: 'en--GB' is not valid: is not a well-formed BCP 47 language tag");
        assertThatThrownBy(() -> TextAnalysis.primaryLanguage(null))
                .isInstanceOf(InvalidValueException.class).hasMessage("languageTag: is required");
        assertThatThrownBy(() -> TextAnalysis.of(null))
                .isInstanceOf(InvalidValueException.class).hasMessage("options: is required");
    }

    @Test
    void optionsValidateTheGramSizes() {
        assertThat(TextAnalysisOptions.DEFAULTS)
                .isEqualTo(new TextAnalysisOptions(true, true, true, 3, 5));
        assertThat(TextAnalysisOptions.DEFAULTS.withRussianStemming(false).russianStemming()).isFalse();
        assertThatThrownBy(() -> TextAnalysisOptions.DEFAULTS.withKazakhGrams(0, 3))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("kazakhMinGram: '0' is not valid: must be between 1 and 10");
        assertThatThrownBy(() -> TextAnalysisOptions.DEFAULTS.withKazakhGrams(4, 3))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("kazakhMaxGram: '3' is not valid: must be between 4 and 10");
        assertThatThrownBy(() -> TextAnalysisOptions.DEFAULTS.withKazakhGrams(3, 11))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("kazakhMaxGram: '11' is not valid: must be between 3 and 10");
    }

    @Test
    void analyzedTextValidatesItsParts() {
        assertThat(new AnalyzedText(" kk ", List.of("білім"), List.of(), false).language()).isEqualTo("kk");
        assertThatThrownBy(() -> new AnalyzedText("kk", List.of("білім", " "), List.of(), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("terms[1]: ' ' is not valid: must not be blank");
        assertThatThrownBy(() -> new AnalyzedText("", List.of(), List.of(), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("language: '' is not valid: must not be blank");
        assertThatThrownBy(() -> new AnalyzedText("kk", null, List.of(), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("terms: is required");
    }

    // ---- Spans: where each term was written ----------------------------------------------------

    @Test
    void spansGiveEachTermAsWritten() {
        TermSpans en = ANALYSIS.spans("Designing (relational) databases, for the student's naïve\u00ADmodel.", "en");
        assertThat(terms(en)).containsExactly("design", "relat", "databas", "student", "naivemodel");
        assertThat(written(en)).containsExactly("Designing", "relational", "databases", "student's", "naïvemodel");
        assertThat(en.start(1)).isEqualTo("Designing (".length());
        assertThat(en.end(1)).isEqualTo("Designing (relational".length());

        TermSpans ru = ANALYSIS.spans("Разработка ПРОГРАММНОГО обеспечения; учёт", "ru");
        assertThat(terms(ru)).containsExactly("разработ", "программ", "обеспеч", "учет");
        assertThat(written(ru)).containsExactly("Разработка", "ПРОГРАММНОГО", "обеспечения", "учёт");

        TermSpans kk = ANALYSIS.spans("Білімдерін және дағдыларын бағалау", "kk");
        assertThat(terms(kk)).containsExactly("білім", "дағды", "бағала");
        assertThat(written(kk)).containsExactly("Білімдерін", "дағдыларын", "бағалау");
    }

    @Test
    void aSpanOfSeveralTermsKeepsWhatLiesBetweenWithWhiteSpaceCollapsed() {
        TermSpans en = ANALYSIS.spans("design\n\t of  the   databases.", "en");
        assertThat(en.written(0, 1)).isEqualTo("design of the databases");
        TermSpans ru = ANALYSIS.spans("«Разработка» — баз данных", "ru");
        assertThat(ru.written(0)).isEqualTo("Разработка");
        assertThat(ru.written(0, 1)).isEqualTo("Разработка» — баз");
    }

    @Test
    void spansOfALongTextCoverItsAnalysedBeginningOnly() {
        String text = "Databases, " + "x ".repeat(TextAnalysis.MAX_ANALYZED_CHARS / 2) + "Networks";
        TermSpans spans = ANALYSIS.spans(text, "en");
        assertThat(spans.text()).hasSize(TextAnalysis.MAX_ANALYZED_CHARS);
        assertThat(spans.size()).isEqualTo(ANALYSIS.analyze(text, "en").terms().size());
        assertThat(spans.written(0)).isEqualTo("Databases");
        assertThat(terms(spans)).doesNotContain("network");
        assertThat(spans.truncated()).isTrue();
        assertThat(ANALYSIS.analyzed(spans)).isEqualTo(ANALYSIS.analyze(text, "en"));
    }

    private static List<String> terms(TermSpans spans) {
        List<String> terms = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            terms.add(spans.term(i));
        }
        return terms;
    }

    private static List<String> written(TermSpans spans) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            words.add(spans.written(i));
        }
        return words;
    }
}

package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhVerbFormsTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();

    private static List<String> terms(String text) {
        return ANALYSIS.analyze(text, "kk").terms();
    }

    @ParameterizedTest
    @CsvSource({
        // present tense (outcomes) against the verbal noun (standards)
        "жобалайды, жобалау, жобала", "әзірлейді, әзірлеу, әзірле", "бағалайды, бағалау, бағала",
        "тестілейді, тестілеу, тестіле", "баптайды, баптау, бапта", "талдайды, талдау, талда",
        "басқарады, басқару, басқар", "жүргізеді, жүргізу, жүргіз", "көрсетеді, көрсету, көрсет",
        "тексереді, тексеру, тексер", "ұйымдастырады, ұйымдастыру, ұйымдастыр", "біледі, білу, біл",
        "қорғайды, қорғау, қорға", "есептейді, есептеу, есепте",
        // inflected verbal nouns and the ability form
        "жобалай, жобалауды, жобала", "әзірлей, әзірлеуге, әзірле", "баптай, баптауы, бапта",
        // participles and the agent noun
        "әзірлеген, әзірлеу, әзірле", "жобалайтын, жобалау, жобала", "өңдейтін, өңдеу, өңде",
        "тестілеуші, тестілеу, тестіле", "әзірлеушілер, әзірлейді, әзірле"
    })
    void verbFormsMeetOnTheRoot(String form, String other, String root) {
        assertThat(terms(form)).containsExactly(root);
        assertThat(terms(other)).containsExactly(root);
    }

    @ParameterizedTest
    @CsvSource({
        "оқу, оқу", // "study": cutting -у would leave two letters
        "мекен, мекен", "дүкен, дүкен", "қорған, қорған", // look like past participles, too short
        "білім, білім", "бағдарлама, бағдарлама", "жоба, жоба", // nouns in -м and -а stay
        "ақпарат, ақпарат", "қызмет, қызмет", "ету, ету" // nouns in -ат/-ет are not habitual participles
    })
    void shortWordsAndOrdinaryNounsStayWhole(String word, String term) {
        assertThat(KazakhVerbForms.root(KazakhLightStemmer.stem(word))).isEqualTo(term);
    }

    @Test
    void aRootIsItsOwnRootAndLatinWordsPassThrough() {
        for (String word : List.of("жобалайды", "басқарады", "әзірлеген", "тестілеуші", "жобалайтын", "жүргізу", "білім")) {
            String root = KazakhVerbForms.root(KazakhLightStemmer.stem(word));
            assertThat(KazakhVerbForms.root(root)).as(word).isEqualTo(root);
        }
        assertThat(KazakhVerbForms.root("sql")).isEqualTo("sql");
        assertThat(KazakhVerbForms.root("")).isEmpty();
    }

    @Test
    void aStandardsLabourActionAndAnOutcomeSayingItShareEveryContentTerm() {
        assertThat(terms("Деректер қорының құрылымын жобалау"))
                .containsExactlyElementsOf(terms("Деректер қорларының құрылымын жобалайды"));
        assertThat(terms("Бухгалтерлік есеп жүргізу")).containsExactlyElementsOf(terms("Бухгалтерлік есепті жүргізеді"));
    }

    @Test
    void withoutKazakhStemmingVerbFormsStayApart() {
        TextAnalysis plain = TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withKazakhStemming(false));
        assertThat(plain.analyze("жобалайды", "kk").terms()).containsExactly("жобалайды");
        assertThat(plain.analyze("жобалау", "kk").terms()).containsExactly("жобалау");
    }

    @Property(tries = 2000)
    void aRootIsAPrefixOfItsStemAndNeverShorterThanTheMinimum(
            @ForAll @StringLength(max = 14) @CharRange(from = 'а', to = 'я') @Chars({'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'})
                    String word) {
        String root = KazakhVerbForms.root(word);
        assertThat(word).startsWith(root);
        assertThat(root.length()).isGreaterThanOrEqualTo(Math.min(word.length(), KazakhVerbForms.MIN_ROOT));
    }
}

package io.github.opennqf.matching.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishDerivationTest {
    private static final TextAnalysis ANALYSIS = TextAnalysis.ofDefaults();

    private static String term(String word) {
        return ANALYSIS.analyze(word, "en").terms().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "biology, biologist", "chemistry, chemist", "economics, economist", "history, historian",
        "mathematics, mathematician", "physics, physicist", "pharmacy, pharmacist", "dentistry, dentist",
        "psychology, psychologist", "geography, geographer", "statistics, statistician", "therapy, therapist",
        "library, librarian", "veterinary, veterinarian", "technical, technician", "linguistics, linguist",
        "philosophy, philosopher", "astronomy, astronomer", "psychiatry, psychiatrist", "nutrition, nutritionist"
    })
    void aFieldAndItsPractitionerShareATerm(String field, String practitioner) {
        assertThat(term(field)).isEqualTo(term(practitioner));
    }

    @ParameterizedTest
    @CsvSource({
        "physics, physician", "assist, ass", "consist, con", "factory, factor", "directory, director",
        "artist, art", "musician, music", "registry, reg"
    })
    void unrelatedOrTooShortWordsStayApart(String a, String b) {
        assertThat(term(a)).isNotEqualTo(term(b));
    }

    @Test
    void rootsOfPorterStems() {
        assertThat(EnglishDerivation.root("biologi")).isEqualTo("biolog");
        assertThat(EnglishDerivation.root("biologist")).isEqualTo("biolog");
        assertThat(EnglishDerivation.root("chemistri")).isEqualTo("chem");
        assertThat(EnglishDerivation.root("historian")).isEqualTo("histori");
        assertThat(EnglishDerivation.root("mathematician")).isEqualTo("mathemat");
        assertThat(EnglishDerivation.root("consist")).isEqualTo("consist");
        assertThat(EnglishDerivation.root("manag")).isEqualTo("manag");
    }

    @Test
    void onlyEnglishIsConflated() {
        assertThat(ANALYSIS.analyze("biologist", "en").terms()).containsExactly("biolog");
        assertThat(TextAnalysis.of(TextAnalysisOptions.DEFAULTS.withEnglishStemming(false))
                .analyze("biologist", "en").terms()).containsExactly("biologist");
    }
}

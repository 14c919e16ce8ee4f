package io.github.opennqf.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.internal.text.TextAnalysis;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StatementSupport#matchedTerms()} shows the words of the outcome's statement as written, not
 * the analysed stems they share with the requirement.
 */
class ExplanationWordsTest {
    private static final LevelRef LEVEL = LevelRef.parse("kz-nqf:2025/6");

    @Test
    void englishWordsAreShownAsTheOutcomeWroteThem() {
        StatementSupport support = support(text("en", "Design relational databases"),
                text("en", "Designing databases for business"));

        assertThat(support.matchedTerms()).containsExactlyInAnyOrder("databases", "Designing");
        assertThat(support.why()).endsWith("terms " + support.matchedTerms()).doesNotContain("databas,", "design]");
    }

    @Test
    void aSharedPhraseIsShownWithTheStopWordsBetweenItsWords() {
        StatementSupport support = support(text("en", "Design databases"), text("en", "The design of databases"));

        assertThat(support.matchedTerms()).containsExactlyInAnyOrder("design of databases", "databases", "design");
    }

    @Test
    void russianWordsAreShownInCyrillicAsWritten() {
        StatementSupport support = support(text("ru", "Разработка баз данных"),
                text("ru", "Проектирует БАЗЫ данных; разработку ведёт сам"));

        assertThat(support.matchedTerms()).contains("БАЗЫ данных", "БАЗЫ", "данных", "разработку")
                .doesNotContain("баз", "дан", "разработк");
    }

    @Test
    void kazakhInflectedFormsAreShownAsWritten() {
        StatementSupport support = support(text("kk", "Білімді бағалау"),
                text("kk", "Студенттердің білімдерін бағалайды"));

        assertThat(support.matchedTerms()).contains("білімдерін").doesNotContain("білім");
    }

    @Test
    void aMatchMadeOnlyByCharacterNgramsShowsTheOutcomesWordsThatHoldThem() {
        // the light stemmer leaves "білімім" (my knowledge) alone: no word is shared, the n-grams overlap
        StatementSupport support = support(text("kk", "білім"), text("kk", "Білімім және көлік"));

        assertThat(support.matchedTerms()).containsExactly("~Білімім");
    }

    @Test
    void aRepeatedWordIsShownOnceAsItsFirstOccurrence() {
        StatementSupport support = support(text("en", "Design databases"),
                text("en", "Database design: designs databases, and designing DATABASES again"));

        assertThat(support.matchedTerms()).doesNotHaveDuplicates().contains("Database", "design")
                .doesNotContain("databases", "designs", "designing", "DATABASES");
    }

    @Test
    void wordsNextToPunctuationAreShownWithoutIt() {
        StatementSupport support = support(text("en", "SQL databases design"),
                text("en", "(SQL), «databases»; design!"));

        // phrases across punctuation are shown as their two words
        assertThat(support.matchedTerms()).containsExactlyInAnyOrder("SQL", "databases", "design", "SQL databases",
                "databases design");
    }

    @Test
    void aStatementLongerThanTheAnalysisLimitShowsWordsFromItsAnalysedBeginning() {
        String filler = " x".repeat(TextAnalysis.MAX_ANALYZED_CHARS / 2);
        StatementSupport support = support(text("en", "Design relational databases and networks"),
                text("en", "Relational databases," + filler + " networks"));

        assertThat(support.matchedTerms()).containsExactlyInAnyOrder("Relational databases", "Relational", "databases");
    }

    @Test
    void wordsOfAnotherLanguageVersionComeFromThatVersion() {
        MultilingualText outcome = MultilingualText.of("en", "Designs databases").with("ru", "Проектирует базы данных");
        Matcher matcher = Matcher.builder().standards(List.of(standard(text("ru", "Базы данных"))))
                .config(MatchingConfig.DEFAULTS.withExplanationLanguages(LanguagePriority.of("en"))).build();

        StatementSupport support = matcher.coverage(program(outcome), matcher.standards().get(0)).requirements().get(0)
                .nearest().orElseThrow();

        assertThat(support.statement()).isEqualTo("Designs databases");
        assertThat(support.matchedTerms()).contains("базы данных", "базы", "данных");
    }

    private static StatementSupport support(MultilingualText requirement, MultilingualText outcome) {
        ProfessionalStandard standard = standard(requirement);
        Matcher matcher = Matcher.builder().standards(List.of(standard)).build();
        RequirementMatch match = matcher.coverage(program(outcome), standard).requirements().get(0);
        return match.nearest().orElseThrow();
    }

    private static MultilingualText text(String tag, String text) {
        return MultilingualText.of(tag, text);
    }

    private static ProfessionalStandard standard(MultilingualText requirement) {
        Requirement r = Requirement.of("R1", DescriptorCategory.KZ_SKILLS, requirement);
        return new ProfessionalStandard(StandardPassport.of("S", text("en", "Standard")),
                List.of(ProfessionCard.of("C", text("en", "Card"), LEVEL,
                        List.of(new LabourFunction("F", text("en", "Function"), List.of(r))))));
    }

    private static EducationalProgram program(MultilingualText outcome) {
        return EducationalProgram.builder("P", text("en", "Program"), LEVEL)
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, outcome))
                .build();
    }
}

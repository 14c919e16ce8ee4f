package io.github.opennqf.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.text.MultilingualText;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramQualityCheckTest {
    private static final ProgramQualityCheck QA = ProgramQualityCheck.withDefaults();

    private static LearningOutcome lo(String id, DescriptorCategory c, String lang, String text) {
        return LearningOutcome.of(id, c, MultilingualText.of(lang, text));
    }

    private static EducationalProgram master(LearningOutcome... outcomes) {
        EducationalProgram.Builder b = EducationalProgram.builder("7M06101", MultilingualText.of("en", "Data science"),
                LevelRef.parse("kz-nqf:2025/7")).credits(Credits.of(120, CreditSystem.KZ_ACADEMIC))
                .outcomes(List.of(outcomes));
        b.module(new ProgramModule("M1", MultilingualText.of("en", "Core"), Credits.of(120, CreditSystem.KZ_ACADEMIC),
                java.util.Arrays.stream(outcomes).map(LearningOutcome::id).toList()));
        return b.build();
    }

    @Test
    void weakOutcomesOfAMasterProgramAreFlaggedInEachLanguage() {
        EducationalProgram program = master(
                lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "en", "Knows the methods of machine learning"),
                lo("LO2", DescriptorCategory.KZ_KNOWLEDGE, "en", "Is familiar with cloud platforms for data"),
                lo("LO3", DescriptorCategory.KZ_KNOWLEDGE, "ru", "Знает методы статистического анализа"),
                lo("LO4", DescriptorCategory.KZ_SKILLS, "kk", "Деректерді өңдеудің негізгі әдістерін біледі"),
                lo("LO5", DescriptorCategory.KZ_SKILLS, "ru", "Разрабатывает модели машинного обучения"),
                lo("LO6", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES, "kk",
                        "Зерттеу жобаларын басқарады"));

        QaReport report = QA.check(program);

        assertThat(report.passed()).isFalse();
        assertThat(report.findings(FindingKind.WORDING_BELOW_LEVEL))
                .extracting(Finding::element, Finding::pointer, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcome LO1 (en)", "/outcomes/0/statement/en",
                                Finding.Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("outcome LO2 (en)", "/outcomes/1/statement/en",
                                Finding.Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("outcome LO3 (ru)", "/outcomes/2/statement/ru",
                                Finding.Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("outcome LO4 (kk)", "/outcomes/3/statement/kk",
                                Finding.Severity.WARNING));
        assertThat(report.findings(FindingKind.WORDING_BELOW_LEVEL).get(2).reason()).isEqualTo(
                "\"Знает\" is remember (levels 1-4), below the level 7 it is written for; use a verb of a higher"
                        + " cognitive level");
        assertThat(report.wordings()).extracting(OutcomeWording::verb, OutcomeWording::fit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Knows", OutcomeWording.Fit.BELOW),
                org.assertj.core.groups.Tuple.tuple("familiar", OutcomeWording.Fit.BELOW),
                org.assertj.core.groups.Tuple.tuple("Знает", OutcomeWording.Fit.BELOW),
                org.assertj.core.groups.Tuple.tuple("біледі", OutcomeWording.Fit.BELOW),
                org.assertj.core.groups.Tuple.tuple("Разрабатывает", OutcomeWording.Fit.FITS),
                org.assertj.core.groups.Tuple.tuple("басқарады", OutcomeWording.Fit.FITS));
        assertThat(report.findings()).hasSize(4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Has an idea of data pipelines|has an idea of|remember",
        "en|Analysed the requirements of users|analyse|analyse",
        "ru|Анализировал требования пользователей|анализирует|analyse",
        "kk|Пайдаланушылардың талаптарын талдау|талдайды|analyse",
        "en|Understanding the principles of statistics|understand|understand",
        "en|Critically evaluating published research|critically evaluate|evaluate",
        "ru|Имеет представление о нейронных сетях|имеет представление|remember",
        "ru|Знаком с облачными платформами|знаком с|remember",
        "ru|Проектировал архитектуру информационных систем|проектирует|create",
        "kk|Бұлтты платформалармен таныс|таныс|remember",
        "kk|Зерттеу нәтижелерін сыни тұрғыдан бағалайды|сыни тұрғыдан бағалайды|evaluate",
        "kk|Деректер қорын жобалау|жобалайды|create",
    })
    void inflectedFormsAreFound(String language, String statement, String phrase, String level) {
        ActionVerb verb = VerbLexicon.bundled().find(statement, language).orElseThrow();

        assertThat(verb.phrase()).isEqualTo(phrase);
        assertThat(verb.level().name()).isEqualTo(level);
    }

    @Test
    void aRegionalLanguageTagUsesItsLanguagesList() {
        QaReport report = QA.check(master(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "ru-KZ", "Знает основы статистики"),
                lo("LO2", DescriptorCategory.KZ_SKILLS, "kk", "Модельдерді әзірлейді"),
                lo("LO3", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES, "en", "Leads research teams")));

        assertThat(report.findings()).extracting(Finding::kind, Finding::element)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.WORDING_BELOW_LEVEL,
                        "outcome LO1 (ru-KZ)"));
    }

    @Test
    void categoriesCreditsAndModulesAreChecked() {
        EducationalProgram program = EducationalProgram.builder("6B06101", MultilingualText.of("en", "Informatics"),
                        LevelRef.parse("kz-nqf:2025/6"))
                .credits(Credits.of(200, CreditSystem.KZ_ACADEMIC))
                .outcome(lo("LO1", DescriptorCategory.KZ_SKILLS, "en", "Designs information systems"))
                .outcome(lo("LO2", DescriptorCategory.KZ_SKILLS, "en", "Analyses data with statistical methods"))
                .module(new ProgramModule("M1", MultilingualText.of("en", "Systems"),
                        Credits.of(150, CreditSystem.KZ_ACADEMIC), List.of("LO1")))
                .module(new ProgramModule("M2", MultilingualText.of("en", "Electives"),
                        Credits.of(30, CreditSystem.KZ_ACADEMIC), List.of()))
                .build();

        QaReport report = QA.check(program);

        assertThat(report.findings()).extracting(Finding::severity, Finding::kind, Finding::element).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.ERROR, FindingKind.CATEGORY_NOT_COVERED,
                        "category KZ_KNOWLEDGE"),
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.ERROR, FindingKind.CATEGORY_NOT_COVERED,
                        "category KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES"),
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.ERROR, FindingKind.CREDITS_OUTSIDE_NORM, "program"),
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.WARNING, FindingKind.MODULE_CREDITS_MISMATCH,
                        "program"),
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.WARNING, FindingKind.MODULE_WITHOUT_OUTCOMES,
                        "module M2"),
                org.assertj.core.groups.Tuple.tuple(Finding.Severity.WARNING, FindingKind.OUTCOME_WITHOUT_MODULE,
                        "outcome LO2"));
        assertThat(report.findings(FindingKind.CREDITS_OUTSIDE_NORM).get(0).reason())
                .startsWith("the program has 200 KZ_ACADEMIC, but a program at kz-nqf:2025/6 needs at least 240");
        assertThat(report.findings(FindingKind.MODULE_CREDITS_MISMATCH).get(0).reason())
                .isEqualTo("the modules add up to 180 credits, but the program has 200 KZ_ACADEMIC");
    }

    @Test
    void legacyOrMissingCreditsAndUnknownLanguagesAreReported() {
        EducationalProgram legacy = master(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "de", "Kennt Statistik"))
                .toBuilder().credits(Credits.of(50, CreditSystem.KZ_NATIONAL_LEGACY)).build();
        EducationalProgram none = new EducationalProgram("P", null, MultilingualText.of("en", "P"),
                LevelRef.parse("kz-nqf:2025/7"), null, null, null, List.of(),
                List.of(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "en", "Obtains data")), List.of());

        assertThat(QA.check(legacy).findings()).extracting(Finding::kind).contains(FindingKind.CREDIT_SYSTEM,
                FindingKind.NO_ACTION_VERB);
        assertThat(QA.check(legacy).findings(FindingKind.NO_ACTION_VERB).get(0).reason())
                .contains("no verb list for language 'de'");
        assertThat(QA.check(none).findings()).extracting(Finding::kind).contains(FindingKind.CREDITS_MISSING,
                FindingKind.NO_ACTION_VERB, FindingKind.OUTCOME_WITHOUT_MODULE);
    }

    @Test
    void badInputGetsAClearError() {
        EducationalProgram empty = EducationalProgram.builder("7M1", MultilingualText.of("en", "Empty"),
                LevelRef.parse("kz-nqf:2025/7")).build();
        EducationalProgram noLevel = EducationalProgram.builder("X", MultilingualText.of("en", "X"), null)
                .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "en", "Knows")).build();
        EducationalProgram unknownFramework = EducationalProgram.builder("Y", MultilingualText.of("en", "Y"),
                LevelRef.parse("xx-nqf:2020/6")).outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "en", "Knows"))
                .build();

        assertThatThrownBy(() -> QA.check(empty)).isInstanceOf(InvalidValueException.class)
                .hasMessage("program 7M1 outcomes: the program has no learning outcomes; QA needs at least one");
        assertThatThrownBy(() -> QA.check(noLevel)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("program X level: is not stated; QA needs the program's framework level");
        assertThatThrownBy(() -> QA.check(unknownFramework)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("program Y level: 'xx-nqf:2020/6' is not valid: refers to framework"
                        + " xx-nqf:2020, which is not known; known: kz-nqf:2025");
    }

    @Test
    void badVerbFilesGetEveryProblemWithItsLine() {
        String verbs = "# comment\nen\t1\tknow\nen\tseven\tanalyse\nen\t2\tknows\nen\t3\tthe\nxx yy\t1\tfoo\nen\t1\n";
        String levels = "1\tremember\t1\t4\twhy\n2\tunderstand\t5\t1\twhy\n";

        assertThatThrownBy(() -> VerbLexicon.read(new StringReader(verbs), "verbs.tsv", new StringReader(levels),
                "levels.tsv")).isInstanceOf(DesignDataException.class)
                .hasMessage("levels.tsv: 6 problems\n"
                        + "  line 2: highest fit 1 is below lowest fit 5\n"
                        + "  level 2 is missing; every level from 1 to 6 needs a row\n"
                        + "  level 3 is missing; every level from 1 to 6 needs a row\n"
                        + "  level 4 is missing; every level from 1 to 6 needs a row\n"
                        + "  level 5 is missing; every level from 1 to 6 needs a row\n"
                        + "  level 6 is missing; every level from 1 to 6 needs a row");
        String goodLevels = "1\tr\t1\t4\tw\n2\tu\t1\t5\tw\n3\ta\t1\t6\tw\n4\tan\t4\t8\tw\n5\te\t5\t8\tw\n6\tc\t5\t8\tw\n";
        assertThatThrownBy(() -> VerbLexicon.read(new StringReader(verbs), "verbs.tsv", new StringReader(goodLevels),
                "levels.tsv")).isInstanceOf(DesignDataException.class)
                .hasMessage("verbs.tsv: 5 problems\n"
                        + "  line 7: has 2 tab-separated columns, expected 3\n"
                        + "  line 3: level 'seven' is not a whole number from 1 to 6\n"
                        + "  line 4: phrase 'knows' of language 'en' matches the same words as the phrase on line 2\n"
                        + "  line 5: phrase 'the' has no words left after analysis (only stop words?)\n"
                        + "  line 6: language 'xx yy' is not a BCP 47 tag");
    }

    @Test
    void creditNormsReadFromAFileAndReportBadRows() {
        CreditNorms norms = CreditNorms.read(new StringReader("kz-nqf:2025\t5\t120\t180\t180\tour rule\n"), "n.tsv");
        assertThat(norms.norm(LevelRef.parse("kz-nqf:2025/5")).orElseThrow().describe()).isEqualTo("120 to 180");
        assertThat(CreditNorms.bundled().norm(LevelRef.parse("kz-nqf:2025/7")).orElseThrow().describe())
                .isEqualTo("60 to 120");
        assertThatThrownBy(() -> CreditNorms.read(new StringReader("kz-nqf\t5\t1\t2\t1\ts\nkz-nqf:2025\t5\t9\t2\t1\ts\n"),
                "n.tsv")).isInstanceOf(DesignDataException.class).hasMessageContaining("line 1: 'kz-nqf' level '5'")
                .hasMessageContaining("line 2: the design default must lie between least and most");
    }
}

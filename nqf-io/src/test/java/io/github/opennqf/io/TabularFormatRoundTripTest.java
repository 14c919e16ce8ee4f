package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.LanguagePriority;
import io.github.opennqf.text.MultilingualText;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing and reading back gives equal values; the writer refuses what it cannot represent. */
class TabularFormatRoundTripTest {
    private static final LevelRef KZ6 = LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(6));

    private static MultilingualText und(String text) {
        return MultilingualText.of("und", text);
    }

    static String write(List<EducationalProgram> programs, TabularOptions options) {
        StringWriter out = new StringWriter();
        TabularFormat.csv().withOptions(options).writePrograms(programs, out);
        return out.toString();
    }

    static String writeStandards(List<ProfessionalStandard> standards, TabularOptions options) {
        StringWriter out = new StringWriter();
        TabularFormat.csv().withOptions(options).writeStandards(standards, out);
        return out.toString();
    }

    private static EducationalProgram software() {
        return EducationalProgram.builder("6B06101", und("Программная инженерия, \"бакалавриат\"\nочная форма"), KZ6)
                .code(NationalProgramCode.parse("6В06101"))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_KNOWLEDGE,
                        und("Знает структуры данных, алгоритмы и \"big O\"\r\nнотацию")))
                .outcome(LearningOutcome.of("LO2", DescriptorCategory.KZ_SKILLS, und("Designs, builds, tests"))
                        .withConcepts(List.of(
                                ConceptRef.parse("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"),
                                ConceptRef.parse("https://example.org/skills/42?x=1&y=2"))))
                .outcome(LearningOutcome.of("LO 3, \"quoted\"", DescriptorCategory.EQF_RESPONSIBILITY_AND_AUTONOMY,
                        und("=SUM(A1) #not a comment")))
                .build();
    }

    @Test
    void programsRoundTripWithCyrillicQuotesCommasAndNewlines() {
        EducationalProgram other = EducationalProgram.builder("P2", und("Other"), null)
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_ABILITIES, und("Can, \"maybe\"")))
                .build();
        List<EducationalProgram> programs = List.of(software(), other);

        String csv = write(programs, TabularOptions.DEFAULTS);

        assertThat(Tables.programs(csv)).isEqualTo(programs);
        assertThat(csv).startsWith("program_id,program_title,program_level,outcome_id,outcome_text,outcome_category,"
                + "program_code,outcome_concepts,language\n");
        assertThat(csv).contains("\nP2,Other,,LO1,\"Can, \"\"maybe\"\"\",ability,,,und\n");
    }

    @Test
    void standardsRoundTripWithWeightsEssentialsAndConcepts() {
        MultilingualText title = und("Программист, \"ведущий\"");
        ProfessionalStandard standard = new ProfessionalStandard(StandardPassport.of("06.001", title),
                List.of(ProfessionCard.of("06.001", title, KZ6, List.of(new LabourFunction("06.001", title, List.of(
                        Requirement.of("R1", DescriptorCategory.KZ_SKILLS, und("Пишет код,\nтестирует")).withWeight(0.5)
                                .asEssential(),
                        Requirement.of("R2", DescriptorCategory.KZ_KNOWLEDGE, und("SQL"))
                                .withConcepts(List.of(ConceptRef.parse("http://data.europa.eu/esco/skill/abc"))),
                        Requirement.of("R3", DescriptorCategory.KZ_ABILITIES, und("Reads \"specs\"")).withWeight(2.75),
                        Requirement.of("R4", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES, und("Leads"))
                                .withWeight(1.0E-4)))))));
        ProfessionalStandard unlevelled = new ProfessionalStandard(StandardPassport.of("S2", und("Two")),
                List.of(ProfessionCard.of("S2", und("Two"), null, List.of(new LabourFunction("S2", und("Two"),
                        List.of(Requirement.of("R1", DescriptorCategory.KZ_SKILLS, und("Does"))))))));
        List<ProfessionalStandard> standards = List.of(standard, unlevelled);

        String csv = writeStandards(standards, TabularOptions.DEFAULTS);

        assertThat(Tables.standards(csv)).isEqualTo(standards);
        assertThat(csv).startsWith("standard_id,standard_title,standard_level,requirement_id,requirement_text,"
                + "requirement_category,requirement_weight,requirement_essential,requirement_concepts,language\n");
        assertThat(csv).contains(",R3,\"Reads \"\"specs\"\"\",ability,2.75,false,,und\n");
        assertThat(csv).endsWith("\nS2,Two,,R1,Does,skill,1.0,false,,und\n");
    }

    @Test
    void aStandardWithCardsAtSeveralLevelsRoundTrips() {
        MultilingualText title = und("Программист");
        ProfessionalStandard standard = new ProfessionalStandard(StandardPassport.of("06.001", title), List.of(
                ProfessionCard.of("06.001/level-4", title, LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(4)),
                        List.of(new LabourFunction("06.001/level-4", title,
                                List.of(Requirement.of("R1", DescriptorCategory.KZ_SKILLS, und("Пишет код")))))),
                ProfessionCard.of("06.001/level-6", title, KZ6,
                        List.of(new LabourFunction("06.001/level-6", title,
                                List.of(Requirement.of("R2", DescriptorCategory.KZ_SKILLS, und("Проектирует")))))),
                ProfessionCard.of("06.001/no-level", title, null,
                        List.of(new LabourFunction("06.001/no-level", title,
                                List.of(Requirement.of("R3", DescriptorCategory.KZ_KNOWLEDGE, und("Знает"))))))));

        assertThat(Tables.standards(writeStandards(List.of(standard), TabularOptions.DEFAULTS)))
                .containsExactly(standard);
    }

    @Test
    void textsAreResolvedByTheWriteLanguagesAndTaggedInTheLanguageColumn() {
        MultilingualText title = MultilingualText.builder()
                .put("kk", "Бағдарламалық инженерия").put("ru", "Программная инженерия").put("en", "Software engineering")
                .build();
        EducationalProgram program = EducationalProgram.builder("P1", title, null)
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS,
                        MultilingualText.builder().put("ru", "Пишет код").put("en", "Writes code").build()))
                .build();

        String kazakhFirst = write(List.of(program), TabularOptions.DEFAULTS);
        String englishFirst = write(List.of(program), TabularOptions.DEFAULTS.withWriteLanguages(LanguagePriority.ENGLISH_FIRST));

        assertThat(kazakhFirst).endsWith("\nP1,\"Бағдарламалық инженерия\",,LO1,\"Пишет код\",skill,,,\n");
        assertThat(englishFirst).endsWith("\nP1,\"Software engineering\",,LO1,\"Writes code\",skill,,,en\n");
        EducationalProgram english = Tables.programs(englishFirst).get(0);
        assertThat(english.title()).isEqualTo(MultilingualText.of("en", "Software engineering"));
        assertThat(english.outcomes().get(0).statement()).isEqualTo(MultilingualText.of("en", "Writes code"));
    }

    @Test
    void aLevelInAnotherFrameworkIsWrittenAndReadBackInTheOptionsFramework() {
        EducationalProgram eqf = EducationalProgram.builder("P1", und("T"), LevelRef.of(FrameworkRef.EQF_2017, Level.of(5)))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, und("x")))
                .build();

        String csv = write(List.of(eqf), TabularOptions.DEFAULTS);

        assertThat(csv).endsWith("\nP1,T,5,LO1,x,skill,,,und\n");
        assertThat(Tables.programs(csv).get(0).level()).isEqualTo(LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(5)));
        TabularOptions eqfOptions = TabularOptions.DEFAULTS.withLevelFramework(FrameworkRef.EQF_2017);
        assertThat(Tables.programs(csv, eqfOptions)).containsExactly(eqf);
    }

    @Test
    void readingAndWritingFromManyThreadsAtOnceGivesTheSameResults() throws Exception {
        List<EducationalProgram> programs = List.of(software());
        String csv = write(programs, TabularOptions.DEFAULTS);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> Tables.programs(write(Tables.programs(csv), TabularOptions.DEFAULTS))
                        .equals(programs)));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cellsAFormulaCouldStartWithAreQuotedAndReadBackUnchanged() {
        EducationalProgram program = EducationalProgram.builder("P1", und("=HYPERLINK(\"x\")"), null)
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, und("-based design")))
                .outcome(LearningOutcome.of("LO2", DescriptorCategory.KZ_SKILLS, und("+7 701 000 00 00")))
                .outcome(LearningOutcome.of("LO3", DescriptorCategory.KZ_SKILLS, und("@mention")))
                .outcome(LearningOutcome.of("LO4", DescriptorCategory.KZ_SKILLS, und("'=already quoted")))
                .outcome(LearningOutcome.of("LO5", DescriptorCategory.KZ_SKILLS, und("'plain' and a-b")))
                .build();

        String csv = write(List.of(program), TabularOptions.DEFAULTS);

        assertThat(csv.lines().skip(1).toList()).containsExactly(
                "P1,\"'=HYPERLINK(\"\"x\"\")\",,LO1,\"'-based design\",skill,,,und",
                "P1,\"'=HYPERLINK(\"\"x\"\")\",,LO2,\"'+7 701 000 00 00\",skill,,,und",
                "P1,\"'=HYPERLINK(\"\"x\"\")\",,LO3,\"'@mention\",skill,,,und",
                "P1,\"'=HYPERLINK(\"\"x\"\")\",,LO4,\"''=already quoted\",skill,,,und",
                "P1,\"'=HYPERLINK(\"\"x\"\")\",,LO5,\"'plain' and a-b\",skill,,,und");
        assertThat(Tables.programs(csv)).containsExactly(program);
    }

    @Test
    void aGuardQuoteInAHandWrittenFileIsDroppedOnlyBeforeAFormulaCharacter() {
        String csv = Tables.PROGRAM_HEADER + "P1,T,,LO1,'-based design,skill\nP1,T,,LO2,'s-Hertogenbosch,skill\n";

        List<LearningOutcome> outcomes = Tables.programs(csv).get(0).outcomes();

        assertThat(outcomes.get(0).statement()).isEqualTo(und("-based design"));
        assertThat(outcomes.get(1).statement()).isEqualTo(und("'s-Hertogenbosch"));
    }

    @Test
    void noValuesWriteAHeaderThatReadsBackEmpty() {
        assertThat(Tables.programs(write(List.of(), TabularOptions.DEFAULTS))).isEmpty();
        assertThat(Tables.standards(writeStandards(List.of(), TabularOptions.DEFAULTS))).isEmpty();
    }

    @Test
    void theWriterRefusesWhatTheReaderWouldNotReadBackAndWritesNothing() {
        EducationalProgram empty = EducationalProgram.builder("P0", und("Empty"), null).build();
        EducationalProgram twice = software().withOutcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, und("again")));
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> TabularFormat.csv().writePrograms(List.of(software(), empty), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("programs[1].outcomes: is empty: program 'P0' would have no row in the tabular format");
        assertThatThrownBy(() -> TabularFormat.csv().writePrograms(List.of(software(), software()), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("programs[1].id: '6B06101' is not valid: repeats the id of an earlier program;"
                        + " the tabular format would merge them");
        assertThatThrownBy(() -> TabularFormat.csv().writePrograms(List.of(twice), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("programs[0].outcomes[3].id: 'LO1' is not valid: repeats an earlier outcome id of program '6B06101'");
        TabularOptions small = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(20));
        assertThatThrownBy(() -> TabularFormat.csv().withOptions(small).writePrograms(List.of(software()), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("programs[0].outcomes[0]: 'Программная инженерия, \"бакалавриат\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theWriterRefusesStandardsWithoutRequirementsOrWithRepeatedIds() {
        MultilingualText title = und("T");
        ProfessionalStandard empty = new ProfessionalStandard(StandardPassport.of("S0", title), List.of());
        ProfessionalStandard twice = new ProfessionalStandard(StandardPassport.of("S1", title), List.of(
                ProfessionCard.of("C1", title, null, List.of(new LabourFunction("F1", title,
                        List.of(Requirement.of("R1", DescriptorCategory.KZ_SKILLS, title))))),
                ProfessionCard.of("C2", title, null, List.of(new LabourFunction("F2", title,
                        List.of(Requirement.of("R1", DescriptorCategory.KZ_SKILLS, title)))))));
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> TabularFormat.csv().writeStandards(List.of(empty), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("standards[0].requirements: is empty: standard 'S0' would have no row in the tabular format");
        assertThatThrownBy(() -> TabularFormat.csv().writeStandards(List.of(twice), out))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("standards[0].requirements: 'R1' is not valid: repeats an earlier requirement id of standard 'S1'");
        assertThat(out.toString()).isEmpty();
    }
}

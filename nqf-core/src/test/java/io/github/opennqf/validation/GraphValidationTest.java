package io.github.opennqf.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.IscoCode;
import io.github.opennqf.code.OkedCode;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.ProfessionPlacement;
import io.github.opennqf.framework.SectoralFramework;
import io.github.opennqf.framework.SectoralLevel;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Validates whole standard, program, profile and sectoral graphs with Hibernate Validator. */
class GraphValidationTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static MultilingualText en(String text) {
        return MultilingualText.of("en", text);
    }

    private static <T> Map<String, String> problems(T value) {
        Map<String, String> byPath = new TreeMap<>();
        for (ConstraintViolation<T> v : VALIDATOR.validate(value)) {
            byPath.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
        }
        return byPath;
    }

    private static Requirement req(String id, DescriptorCategory c) {
        return Requirement.of(id, c, en("Requirement " + id));
    }

    static ProfessionalStandard standard(String secondCardId, String repeatedRequirementId, Level educationLevel) {
        LabourFunction design = new LabourFunction("F1", en("Design software"),
                List.of(req("K1", DescriptorCategory.KZ_KNOWLEDGE), req("S1", DescriptorCategory.KZ_SKILLS)));
        LabourFunction test = new LabourFunction("F2", en("Test software"),
                List.of(req(repeatedRequirementId, DescriptorCategory.KZ_ABILITIES).asEssential()));
        ProfessionCard engineer = new ProfessionCard("C1", en("Software engineer"), IscoCode.parse("2512"),
                LevelRef.parse("kz-nqf:2025/6"), LevelRef.of(FrameworkRef.KZ_NQF_2025, educationLevel), en("Bachelor"),
                Period.ofYears(1), List.of(design, test));
        ProfessionCard lead = ProfessionCard.of(secondCardId, en("Lead engineer"), LevelRef.parse("kz-nqf:2025/7"),
                List.of(new LabourFunction("F3", en("Lead"), List.of(req("C1-1", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES)))));
        StandardPassport passport = new StandardPassport("PS-62-001", en("Software engineering"),
                List.of(OkedCode.parse("62.01")), en("Ministry"), LocalDate.of(2024, 3, 1), "No. 12", "1");
        return new ProfessionalStandard(passport, List.of(engineer, lead));
    }

    @Test
    void aConsistentStandardHasNoViolations() {
        assertThat(problems(standard("C2", "A1", Level.of(6)))).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAStandardAtOnceWithItsPath() {
        Map<String, String> problems = problems(standard("C1", "K1", Level.of(7)));
        assertThat(problems).containsOnlyKeys(
                "professionCards[1].id",
                "professionCards[0].labourFunctions[1].requirements[0].id",
                "professionCards[0].requiredEducationLevel");
        assertThat(problems.get("professionCards[1].id"))
                .isEqualTo("duplicate profession card id 'C1', also used by professionCards[0]");
        assertThat(problems.get("professionCards[0].labourFunctions[1].requirements[0].id"))
                .contains("duplicate requirement id 'K1'");
        assertThat(problems.get("professionCards[0].requiredEducationLevel"))
                .contains("kz-nqf:2025/7 is above the card's own level kz-nqf:2025/6");
    }

    private static EducationalProgram.Builder program(String code, double credits) {
        return EducationalProgram.builder("P1", en("Software engineering"), LevelRef.parse("kz-nqf:2025/6"))
                .code(NationalProgramCode.parse(code))
                .credits(Credits.of(credits, CreditSystem.KZ_ACADEMIC))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_KNOWLEDGE, en("Algorithms")))
                .outcome(LearningOutcome.of("LO2", DescriptorCategory.KZ_SKILLS, en("Programming")));
    }

    @Test
    void aConsistentProgramHasNoViolations() {
        EducationalProgram ok = program("6В06101", 240)
                .module(new ProgramModule("M1", en("Programming"), Credits.of(5, CreditSystem.KZ_ACADEMIC), List.of("LO1", "LO2")))
                .build();
        assertThat(problems(ok)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfAProgramAtOnce() {
        EducationalProgram bad = program("7M06101", 180)
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_ABILITIES, en("Repeated id")))
                .module(new ProgramModule("M1", en("A"), Credits.of(150, CreditSystem.ECTS), List.of("LO1", "LO9")))
                .module(new ProgramModule("M1", en("B"), Credits.of(100, CreditSystem.KZ_ACADEMIC), List.of()))
                .build();
        Map<String, String> problems = problems(bad);
        assertThat(problems).containsOnlyKeys("outcomes[2].id", "modules[0].outcomeIds[1]", "modules[1].id",
                "modules", "level");
        assertThat(problems.get("modules[0].outcomeIds[1]")).isEqualTo("refers to outcome 'LO9', which the program does not have");
        assertThat(problems.get("modules")).isEqualTo("the modules add up to 250 credits, more than the program's 180 KZ_ACADEMIC");
        assertThat(problems.get("level")).isEqualTo("the code 7M06101 is for level 7, but the program is at kz-nqf:2025/6");
    }

    @Test
    void aBachelorNeedsTwoHundredFortyCredits() {
        assertThat(problems(program("6B06101", 180).build()))
                .containsExactly(Map.entry("credits", "a bachelor program (code 6B06101) needs at least 240 credits, has 180 KZ_ACADEMIC"));
    }

    @Test
    void messagesWithBracesAndDollarsAreNotInterpolated() {
        EducationalProgram bad = program("6B06101", 240)
                .module(new ProgramModule("M1", en("A"), Credits.of(1, CreditSystem.KZ_ACADEMIC), List.of("${1+1}{x}")))
                .build();
        assertThat(problems(bad).get("modules[0].outcomeIds[0]")).contains("'${1+1}{x}'");
    }

    @Test
    void applicantProfileEvidenceIdsAreUnique() {
        VerifiedSkill skill = new VerifiedSkill("E1", en("SQL"), null, "Career Enbek", LocalDate.of(2025, 6, 1),
                VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        assertThat(problems(new ApplicantProfile("A1", null, List.of(skill, skill))))
                .containsOnlyKeys("evidence[1].id");
    }

    @Test
    void sectoralPlacementsMustUseDeclaredLevels() {
        SectoralFramework ict = new SectoralFramework("orc-ict", en("ICT"), List.of(OkedCode.parse("J")),
                FrameworkRef.KZ_NQF_2025,
                List.of(new SectoralLevel(Level.parse("6.1"), Map.of()), new SectoralLevel(Level.parse("6.1"), Map.of())),
                List.of(new ProfessionPlacement(en("Developer"), IscoCode.parse("2512"), Level.parse("6.1")),
                        new ProfessionPlacement(en("Architect"), null, Level.parse("6.3"))));
        Map<String, String> problems = problems(ict);
        assertThat(problems).containsOnlyKeys("levels[1].level", "professions[1].level");
        assertThat(problems.get("professions[1].level")).isEqualTo("level 6.3 is not one of the framework's levels [6.1]");
        assertThat(ict.professionsAt(Level.parse("6.1"))).hasSize(1);
    }

    @Test
    void fieldAnnotationsMirrorConstructorChecks() {
        // Constructors already refuse these, so a valid graph shows the annotations are consistent with them:
        // every @Valid cascade is walked without false positives on a full graph.
        Set<ConstraintViolation<ProfessionalStandard>> none = VALIDATOR.validate(standard("C2", "A1", Level.of(5)));
        assertThat(none).isEmpty();
    }
}

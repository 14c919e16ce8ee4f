package io.github.opennqf.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.Level;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramModule;
import io.github.opennqf.standard.ProfessionalStandard;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProgramDesignerTest {

    @Test
    void aDesignedProgramMatchedBackCoversEveryRequirementAndPassesQa() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        ProgramDesign design = ProgramDesigner.withDefaults().design(standard, "C1");
        EducationalProgram program = design.program();

        CoverageReport report = Matcher.builder().standards(List.of(standard)).build().coverage(program, standard);

        assertThat(report.requirements()).hasSize(7)
                .allSatisfy(m -> assertThat(m.status()).as(m.requirement().id() + " " + m.score())
                        .isEqualTo(CoverageStatus.COVERED));
        QaReport qa = ProgramQualityCheck.withDefaults().check(program);
        assertThat(qa.findings()).isEmpty();
        assertThat(qa.passed()).isTrue();
    }

    @Test
    void theSkeletonHasOutcomesPerFunctionAndGroupModulesAndTheBachelorNorm() {
        ProgramDesign design = ProgramDesigner.withDefaults().design(DesignFixtures.software("6"), "C1");
        EducationalProgram program = design.program();

        assertThat(program.id()).isEqualTo("DRAFT-C1");
        assertThat(program.level()).hasToString("kz-nqf:2025/6");
        assertThat(program.standardCodes()).containsExactly("PS-SW");
        assertThat(program.credits().amount()).isEqualByComparingTo("240");
        assertThat(program.credits().system()).isEqualTo(CreditSystem.KZ_ACADEMIC);
        // F1: knowledge (K1, K2), skills (S1, A1); F2: knowledge (K3), skills (S2), competence (C1)
        assertThat(design.links()).extracting(l -> l.labourFunctionId() + ":" + String.join(",", l.requirementIds()))
                .containsExactly("F1:K1,K2", "F1:S1,A1", "F2:K3", "F2:S2", "F2:C1");
        assertThat(program.outcomes()).extracting(LearningOutcome::category).containsExactly(
                DescriptorCategory.KZ_KNOWLEDGE, DescriptorCategory.KZ_SKILLS_AND_ABILITIES,
                DescriptorCategory.KZ_KNOWLEDGE, DescriptorCategory.KZ_SKILLS,
                DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        LearningOutcome lo2 = program.outcomes().get(1);
        assertThat(lo2.statement().languages()).containsExactlyInAnyOrder("kk", "ru", "en");
        assertThat(lo2.statement().get("en")).hasValue("Analyses problems, designs and evaluates solutions in:"
                + " Development and testing of software applications; Refactoring of program code");
        assertThat(lo2.statement().get("ru")).hasValue("Анализирует задачи, проектирует и оценивает решения в области:"
                + " «Разработка и тестирование программного обеспечения»; «Рефакторинг программного кода»");
        assertThat(lo2.statement().get("kk").orElseThrow()).endsWith("шешімдерді жобалайды және бағалайды");

        // modules per labour function; F1 weighs 1+1+2+1 = 5, F2 weighs 3: 240 × 5/8 = 150, 240 × 3/8 = 90
        assertThat(program.modules()).extracting(ProgramModule::id, m -> m.credits().amount().intValue(),
                ProgramModule::outcomeIds).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M1", 150, List.of("LO1", "LO2")),
                        org.assertj.core.groups.Tuple.tuple("M2", 90, List.of("LO3", "LO4", "LO5")));
        assertThat(program.modules().get(0).credits().hours()).isEqualByComparingTo(new BigDecimal(4500));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDesignAtEveryLevelPassesQa(int level) {
        int credits = level == 6 ? 240 : level == 8 ? 180 : 120;   // within the bundled norms of levels 6-8
        ProgramDesigner designer = ProgramDesigner.builder()
                .config(DesignConfig.DEFAULTS.withTotalCredits(credits).withGrouping(ModuleGrouping.PER_OUTCOME)).build();
        ProgramDesign design = designer.design(List.of(CardSelection.of(DesignFixtures.software(null), "C1")),
                Level.of(level));

        QaReport qa = ProgramQualityCheck.withDefaults().check(design.program());

        assertThat(qa.wordings()).hasSize(15).allSatisfy(w -> assertThat(w.fit()).as("level %d %s", level, w)
                .isEqualTo(OutcomeWording.Fit.FITS));
        assertThat(qa.findings()).as("level %d", level).allSatisfy(f -> assertThat(f.kind())
                .isEqualTo(FindingKind.NO_CREDIT_NORM));
        assertThat(qa.passed()).isTrue();
        assertThat(design.program().modules()).hasSize(5);
        assertThat(design.program().modules().stream().mapToInt(m -> m.credits().amount().intValue()).sum())
                .isEqualTo(credits);
    }

    @Test
    void aCardWithoutACategoryGetsAnOutcomeForItAndTwoCardsMakeOneProgram() {
        ProgramDesign design = ProgramDesigner.withDefaults().design(List.of(
                CardSelection.of(DesignFixtures.accountant(), "AC"),
                CardSelection.of(DesignFixtures.software("6"), "C1")), null);
        EducationalProgram program = design.program();

        assertThat(program.standardCodes()).containsExactly("PS-AC", "PS-SW");
        assertThat(program.title().get("ru")).hasValue("Бухгалтер / Разработчик программного обеспечения");
        assertThat(program.outcomes()).hasSize(7);
        assertThat(ProgramQualityCheck.withDefaults().check(program).passed()).isTrue();

        ProgramDesign alone = ProgramDesigner.withDefaults().design(DesignFixtures.accountant(), "AC");
        assertThat(alone.program().outcomes()).extracting(LearningOutcome::category).containsExactly(
                DescriptorCategory.KZ_KNOWLEDGE, DescriptorCategory.KZ_SKILLS,
                DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(alone.links().get(2).requirementIds()).isEmpty();
        assertThat(alone.notes()).anyMatch(n -> n.startsWith("LO3 was added"));
        assertThat(alone.program().outcomes().get(2).statement().get("ru")).hasValue(
                "Управляет сложными проектами и несёт ответственность за решения в области: «Бухгалтер»");
        assertThat(ProgramQualityCheck.withDefaults().check(alone.program()).findings()).isEmpty();
    }

    @Test
    void equalAllocationSharesCreditsEvenlyWithTheRemainderToEarlierModules() {
        ProgramDesign design = ProgramDesigner.builder().config(DesignConfig.DEFAULTS.withTotalCredits(100)
                .withAllocation(CreditAllocation.EQUAL).withGrouping(ModuleGrouping.PER_OUTCOME)).build()
                .design(DesignFixtures.software("6"), "C1");

        assertThat(design.program().modules()).extracting(m -> m.credits().amount().intValue())
                .containsExactly(20, 20, 20, 20, 20);
    }

    @Test
    void badInputGetsAClearError() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        ProgramDesigner designer = ProgramDesigner.withDefaults();

        assertThatThrownBy(() -> designer.design(standard, "C9")).isInstanceOf(InvalidValueException.class)
                .hasMessage("cardId: 'C9' is not valid: standard PS-SW has no profession card 'C9'; its cards are C1");
        assertThatThrownBy(() -> designer.design(List.of(CardSelection.of(standard, "C1")), Level.of(6, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("design level: 'kz-nqf:2025/6.2' is not valid: framework kz-nqf:2025 has no"
                        + " level 6.2; its levels are 1, 2, 3, 4, 5, 6, 7, 8");
        assertThatThrownBy(() -> designer.design(DesignFixtures.software(null), "C1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("level: profession card 'C1' states no level; give the level to design at");
        assertThatThrownBy(() -> designer.design(List.of(CardSelection.of(standard, "C1")), Level.of(4)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("totalCredits: no credit norm is known for kz-nqf:2025/4; give the program's total credits");
        assertThatThrownBy(() -> designer.design(List.of(), null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one profession card");
        assertThatThrownBy(() -> ProgramDesigner.builder().config(DesignConfig.DEFAULTS.withTotalCredits(3)
                .withMinModuleCredits(2)).build().design(standard, "C1"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("minimum of 2 credits");
        assertThatThrownBy(() -> DesignConfig.DEFAULTS.withMaxRequirementsPerOutcome(0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxRequirementsPerOutcome");
    }

    @Test
    void everyRequirementIsLinkedExactlyOnce() {
        ProfessionalStandard standard = DesignFixtures.software("7");
        ProgramDesign design = ProgramDesigner.builder().config(DesignConfig.DEFAULTS.withMaxRequirementsPerOutcome(1))
                .build().design(standard, "C1");

        assertThat(design.links().stream().flatMap(l -> l.requirementIds().stream()).collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(standard.requirements().stream()
                        .map(io.github.opennqf.standard.Requirement::id).toList());
        assertThat(design.program().credits().amount()).isEqualByComparingTo("120");
        CoverageReport report = Matcher.builder().standards(List.of(standard)).build()
                .coverage(design.program(), standard);
        assertThat(report.requirements()).extracting(RequirementMatch::status).containsOnly(CoverageStatus.COVERED);
    }
}

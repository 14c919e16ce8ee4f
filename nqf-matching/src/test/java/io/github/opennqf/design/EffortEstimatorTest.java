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
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffortEstimatorTest {
    private static final EffortEstimator ESTIMATOR = EffortEstimator.withDefaults();

    /** A bachelor program with one well-worded outcome per requirement of the first {@code n} requirements. */
    private static EducationalProgram covering(ProfessionalStandard standard, int n) {
        List<Requirement> requirements = standard.requirements();
        EducationalProgram.Builder b = EducationalProgram.builder("6B06101", MultilingualText.of("en", "Software"),
                LevelRef.parse("kz-nqf:2025/6")).credits(Credits.of(240, CreditSystem.KZ_ACADEMIC));
        List<String> ids = new ArrayList<>();
        // the framework's three categories are always present, so QA finds nothing to rewrite
        b.outcome(LearningOutcome.of("LO0", DescriptorCategory.KZ_KNOWLEDGE,
                MultilingualText.of("en", "Critically analyses the theory of computing")));
        b.outcome(LearningOutcome.of("LOS", DescriptorCategory.KZ_SKILLS,
                MultilingualText.of("en", "Designs and evaluates algorithms for music")));
        b.outcome(LearningOutcome.of("LOC", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES,
                MultilingualText.of("en", "Manages projects and takes responsibility for decisions")));
        ids.addAll(List.of("LO0", "LOS", "LOC"));
        for (int i = 0; i < n; i++) {
            Requirement r = requirements.get(i);
            String id = "LO" + (i + 1);
            b.outcome(LearningOutcome.of(id, r.category(), MultilingualText.builder()
                    .put("en", "Analyses and designs: " + r.text().get("en").orElseThrow())
                    .put("ru", "Анализирует и проектирует: " + r.text().get("ru").orElseThrow())
                    .put("kk", r.text().get("kk").orElseThrow() + " талдайды және жобалайды").build()));
            ids.add(id);
        }
        b.module(new ProgramModule("M1", MultilingualText.of("en", "All"), Credits.of(240, CreditSystem.KZ_ACADEMIC),
                ids));
        return b.build();
    }

    @Test
    void effortFallsAsCoverageRisesAndIsZeroAtFullCoverage() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        int n = standard.requirements().size();
        double previousHours = Double.POSITIVE_INFINITY;
        double previousCoverage = -1;
        for (int covered = 0; covered <= n; covered++) {
            EffortEstimate e = ESTIMATOR.estimate(covering(standard, covered), standard);

            assertThat(e.coverage()).as("coverage with %d", covered).isGreaterThan(previousCoverage);
            assertThat(e.totalHours()).as("hours with %d of %d covered", covered, n).isLessThan(previousHours);
            previousHours = e.totalHours();
            previousCoverage = e.coverage();
        }
        EffortEstimate full = ESTIMATOR.estimate(covering(standard, n), standard);
        assertThat(full.totalHours()).isZero();
        assertThat(full.items()).hasSize(6).allSatisfy(i -> assertThat(i.hours()).as(i.component()).isZero());
    }

    @Test
    void everyComponentOfAnAlignmentIsListedWithItsBasis() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        EffortEstimate none = ESTIMATOR.estimate(covering(standard, 0), standard);

        // 7 uncovered requirements: F1 knowledge 2 -> 1, F1 skills 2 -> 1, F2 knowledge, skills, competence -> 3
        assertThat(none.items()).extracting(EffortItem::component, EffortItem::quantity, EffortItem::hours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcomes to add", 5.0, 10.0),
                        org.assertj.core.groups.Tuple.tuple("outcomes to rewrite", 0.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple("modules to add", 2.0, 12.0),
                        org.assertj.core.groups.Tuple.tuple("credits to develop", 240.0, 2400.0),
                        org.assertj.core.groups.Tuple.tuple("expert review of outcomes", 20.0, 10.0),
                        org.assertj.core.groups.Tuple.tuple("expert review of modules", 8.0, 8.0));
        assertThat(none.designerHours()).isEqualTo(2422.0);
        assertThat(none.expertHours()).isEqualTo(18.0);
        assertThat(none.totalDays()).isEqualTo(2440.0 / 8);
        assertThat(none.items().get(3).basis()).isEqualTo("240 credits × 100.0% (uncovered weight, plus 50% of"
                + " weakly covered weight); 10.0 h per credit at level 6");
        assertThat(none.standardCode()).isEqualTo("PS-SW");
    }

    @Test
    void outcomesWordedBelowLevelAreToRewriteAndTheModelIsConfigurable() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        EducationalProgram full = covering(standard, standard.requirements().size());
        EducationalProgram weak = full.toBuilder().outcome(LearningOutcome.of("LOW", DescriptorCategory.KZ_KNOWLEDGE,
                MultilingualText.builder().put("en", "Knows office software").put("ru", "Знает офисные программы")
                        .build())).build();
        EffortModel model = EffortModel.DEFAULTS.toBuilder().hoursToRewriteOutcome(3).experts(1).reviewRounds(1)
                .build();

        EffortEstimate e = EffortEstimator.builder().model(model).build().estimate(weak, standard);

        assertThat(e.items().get(1).quantity()).isEqualTo(1.0);            // once, though weak in two languages
        assertThat(e.items().get(1).hours()).isEqualTo(3.0);
        assertThat(e.items().get(1).basis()).endsWith("and 1 more worded below level 6");
        assertThat(e.expertHours()).isEqualTo(0.5);
        assertThat(e.model()).isEqualTo(model);
    }

    @Test
    void aNewProgramCountsEverything() {
        ProgramDesign design = ProgramDesigner.withDefaults().design(DesignFixtures.software("7"), "C1");

        EffortEstimate e = ESTIMATOR.estimateNew(design.program());

        assertThat(e.standardCode()).isNull();
        assertThat(e.coverage()).isNull();
        assertThat(e.items()).extracting(EffortItem::quantity).containsExactly(5.0, 0.0, 2.0, 120.0, 20.0, 8.0);
        assertThat(e.totalHours()).isEqualTo(5 * 2 + 2 * 6 + 120 * 12 + 20 * 0.5 + 8 * 1.0);
    }

    @Test
    void badInputGetsAClearError() {
        ProfessionalStandard standard = DesignFixtures.software("6");
        EducationalProgram empty = EducationalProgram.builder("E1", MultilingualText.of("en", "E"),
                LevelRef.parse("kz-nqf:2025/6")).build();
        EducationalProgram tvet = EducationalProgram.builder("4S1", MultilingualText.of("en", "T"),
                LevelRef.parse("kz-nqf:2025/4")).outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS,
                MultilingualText.of("en", "Performs repairs"))).build();

        assertThatThrownBy(() -> ESTIMATOR.estimate(empty, standard)).isInstanceOf(InvalidValueException.class)
                .hasMessage("program E1 outcomes: the program has no learning outcomes; an effort estimate needs at"
                        + " least one");
        assertThatThrownBy(() -> ESTIMATOR.estimateNew(empty)).isInstanceOf(InvalidValueException.class)
                .hasMessage("program E1 outcomes: the program has no learning outcomes; an effort estimate needs at"
                        + " least one");
        assertThatThrownBy(() -> ESTIMATOR.estimateNew(tvet)).isInstanceOf(InvalidValueException.class)
                .hasMessage("program 4S1 credits: the program states no academic credits and no norm is known for"
                        + " kz-nqf:2025/4; state its credits to estimate the work");
        assertThatThrownBy(() -> EffortModel.DEFAULTS.toBuilder().weakRedevelopmentShare(1.5).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("weakRedevelopmentShare");
        assertThatThrownBy(() -> EffortModel.DEFAULTS.toBuilder().developmentHoursPerCredit(List.of(1.0)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must hold 8 rates");
    }
}

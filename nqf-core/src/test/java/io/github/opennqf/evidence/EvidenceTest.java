package io.github.opennqf.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Diploma diploma = new Diploma("D1", "6B06101", NationalProgramCode.parse("6B06101"),
            MultilingualText.of("en", "Satbayev University"), LocalDate.of(2022, 6, 30),
            VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
    private final CourseCertificate course = new CourseCertificate("C1", "Coursera", MultilingualText.of("en", "SQL"),
            new BigDecimal("36"), List.of(MultilingualText.of("en", "Writes SQL queries")),
            List.of(ConceptRef.parse("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742")),
            LocalDate.of(2025, 2, 1), VerificationStatus.VERIFIED,
            ValidityPeriod.between(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31)));
    private final WorkExperience work = new WorkExperience("W1", MultilingualText.of("ru", "Разработчик"),
            IscoCode.parse("2512"), "Kaspi", LocalDate.of(2022, 9, 1), null,
            List.of(MultilingualText.of("ru", "Разработка сервисов")), VerificationStatus.SELF_DECLARED,
            ValidityPeriod.UNLIMITED);
    private final RecognitionResult recognition = new RecognitionResult("R1", "PS-62-001", "C1",
            LevelRef.parse("kz-nqf:2025/6"), LocalDate.of(2026, 3, 1), "Centre No. 4", VerificationStatus.VERIFIED,
            ValidityPeriod.startingOn(LocalDate.of(2026, 3, 1)));
    private final VerifiedSkill skill = new VerifiedSkill("S1", MultilingualText.of("kk", "Деректер қорын жобалау"),
            null, "Career Enbek", LocalDate.of(2025, 9, 1), VerificationStatus.REVOKED, ValidityPeriod.UNLIMITED);

    @Test
    void eachKindStatesItsKindOfLearning() {
        assertThat(diploma.learningKind()).contains(LearningKind.FORMAL);
        assertThat(course.learningKind()).contains(LearningKind.NON_FORMAL);
        assertThat(work.learningKind()).contains(LearningKind.INFORMAL);
        assertThat(recognition.learningKind()).isEmpty();
        assertThat(skill.learningKind()).isEmpty();
    }

    @Test
    void evidenceCountsWhenVerifiedAndValid() {
        ApplicantProfile profile = new ApplicantProfile("A1", "Aigerim", List.of(diploma, course, work, recognition, skill));
        assertThat(profile.evidenceCountingOn(TODAY)).containsExactly(diploma, recognition);
        assertThat(profile.evidenceCountingOn(LocalDate.of(2025, 6, 1))).containsExactly(diploma, course);
        assertThat(profile.evidence(WorkExperience.class)).containsExactly(work);
    }

    @Test
    void workDurationRunsToTodayWhenOngoing() {
        assertThat(work.duration(LocalDate.of(2024, 8, 31))).isEqualTo(Period.ofYears(2));
    }

    @Test
    void rejectsInconsistentDatesAndAmounts() {
        assertThatThrownBy(() -> ValidityPeriod.between(TODAY, TODAY.minusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> new WorkExperience("W", MultilingualText.of("en", "Dev"), null, null,
                TODAY, TODAY.minusYears(1), List.of(), VerificationStatus.PENDING, ValidityPeriod.UNLIMITED))
                .hasMessageContaining("end");
        assertThatThrownBy(() -> new CourseCertificate("C", "P", MultilingualText.of("en", "x"), BigDecimal.ZERO,
                List.of(), List.of(), TODAY, VerificationStatus.PENDING, ValidityPeriod.UNLIMITED))
                .hasMessageContaining("hours");
        assertThatThrownBy(() -> new ApplicantProfile(" ", null, List.of())).hasMessageContaining("id");
        CourseCertificate unknownLength = new CourseCertificate("C", "P", MultilingualText.of("en", "x"), null,
                List.of(), List.of(), TODAY, VerificationStatus.PENDING, ValidityPeriod.UNLIMITED);
        assertThat(unknownLength.hours()).isNull();
        assertThat(unknownLength.knownHours()).isEmpty();
        assertThat(course.knownHours()).isPresent();
        assertThatThrownBy(() -> ConceptRef.parse("esco/skill/1")).hasMessageContaining("absolute URI");
    }
}

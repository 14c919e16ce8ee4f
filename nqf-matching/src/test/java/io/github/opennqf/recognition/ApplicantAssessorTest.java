package io.github.opennqf.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.CourseCertificate;
import io.github.opennqf.evidence.Diploma;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.PersonalDetails;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.evidence.VerifiedSkill;
import io.github.opennqf.evidence.WorkExperience;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.labour.Job;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.NationalProgramCode;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Realistic applicants in Russian and Kazakh, formal, non-formal and mixed, against a developer's card. */
class ApplicantAssessorTest {
    static final LocalDate ON = LocalDate.of(2026, 12, 1);
    static final ConceptRef SQL = ConceptRef.parse("http://data.europa.eu/esco/skill/sql-test");

    static MultilingualText ru(String s) {
        return MultilingualText.of("ru", s);
    }

    static MultilingualText kk(String s) {
        return MultilingualText.of("kk", s);
    }

    /** A developer's card at level 6 requiring a bachelor's degree and 2 years of work. */
    static final ProfessionalStandard DEVELOPER = new ProfessionalStandard(
            StandardPassport.of("PS-DEV", ru("Разработчик программного обеспечения")),
            List.of(new ProfessionCard("PC-1", ru("Разработчик"), null, LevelRef.parse("kz-nqf:2025/6"),
                    LevelRef.parse("kz-nqf:2025/6"), null, Period.ofYears(2), List.of(
                            new LabourFunction("LF-1", ru("Разработка"), List.of(
                                    Requirement.of("R1", DescriptorCategory.KZ_SKILLS, ru("Разработка программного обеспечения на Java")),
                                    Requirement.of("R2", DescriptorCategory.KZ_SKILLS, ru("Тестирование программного обеспечения")))),
                            new LabourFunction("LF-2", ru("Базы данных"), List.of(
                                    new Requirement("R3", DescriptorCategory.KZ_KNOWLEDGE, ru("Проектирование баз данных и SQL"),
                                            1.0, true, List.of(SQL)))))),
                    ProfessionCard.of("PC-2", ru("Тестировщик"), LevelRef.parse("kz-nqf:2025/5"), List.of(
                            new LabourFunction("LF-3", ru("Тестирование"), List.of(
                                    Requirement.of("R4", DescriptorCategory.KZ_SKILLS, ru("Тестирование программного обеспечения"))))))));

    static final EducationalProgram BACHELOR = EducationalProgram.builder("6B06101", ru("Программная инженерия"),
            LevelRef.parse("kz-nqf:2025/6"))
            .outcome(LearningOutcome.of("LO1", DescriptorCategory.KZ_SKILLS, ru("Разрабатывает программное обеспечение на Java")))
            .outcome(LearningOutcome.of("LO2", DescriptorCategory.KZ_SKILLS, ru("Тестирует программное обеспечение")))
            .build();

    static final Matcher MATCHER = Matcher.builder().standards(List.of(DEVELOPER)).build();

    static ApplicantAssessor assessor(RecognitionPolicy policy) {
        return ApplicantAssessor.builder(MATCHER, DEVELOPER, "PC-1").policy(policy)
                .programs(id -> Optional.ofNullable(Map.of(BACHELOR.id(), BACHELOR).get(id))).on(ON).build();
    }

    static final ApplicantAssessor ASSESSOR = assessor(RecognitionPolicy.DEFAULTS);

    static Diploma diploma(String id, VerificationStatus v) {
        return new Diploma(id, "6B06101", NationalProgramCode.parse("6B06101"), null, LocalDate.of(2020, 6, 30), v,
                ValidityPeriod.UNLIMITED);
    }

    static CourseCertificate sqlCourse(String id, LocalDate issued, VerificationStatus v, ValidityPeriod validity) {
        return new CourseCertificate(id, "Coursera", kk("Деректер қорын жобалау және SQL"), BigDecimal.valueOf(40),
                List.of(ru("Проектирует базы данных и пишет SQL-запросы")), List.of(SQL), issued, v, validity);
    }

    static WorkExperience job(String id, LocalDate start, LocalDate end, VerificationStatus v) {
        return new WorkExperience(id, ru("Программист"), null, "ТОО Альфа", start, end,
                List.of(ru("Разрабатывал программное обеспечение на Java"), ru("Тестировал программное обеспечение")), v,
                ValidityPeriod.UNLIMITED);
    }

    static ApplicantProfile profile(String id, Evidence... evidence) {
        return new ApplicantProfile(id, null, List.of(evidence));
    }

    @Test
    void aFormalApplicantIsCoveredByTheirProgramsOutcomesAndEligibleByTheirDiploma() {
        ApplicantAssessment a = ASSESSOR.assess(profile("formal", diploma("D1", VerificationStatus.VERIFIED),
                job("W1", LocalDate.of(2020, 9, 1), LocalDate.of(2023, 9, 1), VerificationStatus.VERIFIED)));
        RequirementMatch r1 = a.skills().requirements().get(0);
        assertThat(r1.status()).isEqualTo(CoverageStatus.COVERED);
        StatementSupport best = r1.nearest().orElseThrow();
        assertThat(best.source().kind()).isIn("diploma", "work-experience");
        assertThat(a.skills().requirements()).extracting(m -> m.requirement().id()).containsExactly("R1", "R2", "R3");
        assertThat(a.eligibility().education().status()).isEqualTo(EligibilityCheck.Status.MET);
        assertThat(a.eligibility().experience().status()).isEqualTo(EligibilityCheck.Status.MET);
        assertThat(a.experienceYears()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(a.recognised()).isFalse();
        assertThat(a.score()).isEqualTo(a.skills().score()).isStrictlyBetween(0.3, 1.0);
        assertThat(a.flags()).isEmpty();
        assertThat(a.evidence()).extracting(EvidenceUse::statementIds).first().asList()
                .containsExactly("D1/LO1", "D1/LO2");
    }

    @Test
    void aNonFormalApplicantInKazakhIsCoveredByCertificateAndSkillButNotEligibleWithoutDiploma() {
        ApplicantAssessment a = ASSESSOR.assess(profile("nonformal",
                sqlCourse("C1", LocalDate.of(2025, 3, 1), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                new VerifiedSkill("S1", kk("Бағдарламалық жасақтаманы тестілеу"), null, "Career Enbek", LocalDate.of(2026, 1, 10),
                        VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED)));
        RequirementMatch r3 = a.skills().requirements().stream().filter(m -> m.requirement().id().equals("R3")).findFirst()
                .orElseThrow();
        // the certificate carries the SQL concept: a full match, times the certificate's weight
        assertThat(r3.nearest().orElseThrow().source().id()).isEqualTo("C1");
        assertThat(r3.score()).isCloseTo(0.8 * RecognitionPolicy.DEFAULTS.recency(EvidenceKind.COURSE_CERTIFICATE,
                RecognitionDates.yearsBetween(LocalDate.of(2025, 3, 1), ON)), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.eligibility().education().status()).isEqualTo(EligibilityCheck.Status.NOT_MET);
        assertThat(a.eligibility().education().reason()).contains("no counted diploma");
        assertThat(a.eligibility().experience().status()).isEqualTo(EligibilityCheck.Status.NOT_MET);
        assertThat(a.eligibility().status()).isEqualTo(EligibilityCheck.Status.NOT_MET);
    }

    @Test
    void untrustworthyEvidenceIsFlaggedAndLeftOut() {
        ApplicantAssessment a = ASSESSOR.assess(profile("mixed",
                sqlCourse("C-expired", LocalDate.of(2020, 1, 1), VerificationStatus.VERIFIED,
                        ValidityPeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1))),
                sqlCourse("C-old", LocalDate.of(2019, 1, 1), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                sqlCourse("C-future", LocalDate.of(2027, 1, 1), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                sqlCourse("C-revoked", LocalDate.of(2025, 5, 5), VerificationStatus.REVOKED, ValidityPeriod.UNLIMITED),
                sqlCourse("C-ok", LocalDate.of(2025, 6, 6), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                sqlCourse("C-copy", LocalDate.of(2025, 6, 6), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                new CourseCertificate("C-short", "Udemy", ru("Вебинар по SQL"), BigDecimal.valueOf(2), List.of(), List.of(SQL),
                        LocalDate.of(2026, 2, 2), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED),
                job("W1", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1), VerificationStatus.SELF_DECLARED),
                job("W2", LocalDate.of(2022, 1, 1), LocalDate.of(2027, 6, 1), VerificationStatus.SELF_DECLARED)));
        assertThat(a.flags()).extracting(f -> f.evidenceId() + ":" + f.type() + ":" + f.excluded()).containsExactly(
                "C-expired:EXPIRED:true", "C-old:EXPIRED:true", "C-future:FUTURE_DATED:true",
                "C-revoked:VERIFICATION_FAILED:true", "C-copy:DUPLICATE:true", "C-short:TOO_SHORT:true",
                "W2:INCONSISTENT:false", "W2:OVERLAPPING:false");
        assertThat(a.evidence()).filteredOn(EvidenceUse::counted).extracting(EvidenceUse::evidenceId)
                .containsExactly("C-ok", "W1", "W2");
        // overlapping jobs count once: 2021-01-01 .. the assessment date
        assertThat(a.experienceYears()).isCloseTo(RecognitionDates.yearsBetween(LocalDate.of(2021, 1, 1), ON),
                org.assertj.core.data.Offset.offset(1e-9));
        // self-declared work weighs half of verified
        EvidenceUse w1 = a.evidence().stream().filter(u -> u.evidenceId().equals("W1")).findFirst().orElseThrow();
        assertThat(w1.weight()).isCloseTo(0.9 * 0.5 * RecognitionPolicy.DEFAULTS.recency(EvidenceKind.WORK_EXPERIENCE,
                RecognitionDates.yearsBetween(LocalDate.of(2023, 1, 1), ON)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w1.reason()).startsWith("work-experience 0.90 × self_declared 0.50 × recency");
    }

    @Test
    void aRecognitionResultForTheCardIsDecisiveAndStandsInForEducation() {
        RecognitionResult ok = new RecognitionResult("RR1", "PS-DEV", "PC-1", LevelRef.parse("kz-nqf:2025/6"),
                LocalDate.of(2026, 5, 1), "Центр №1", VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        RecognitionResult other = new RecognitionResult("RR2", "PS-DEV", "PC-2", LevelRef.parse("kz-nqf:2025/5"),
                LocalDate.of(2026, 5, 1), null, VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        RecognitionResult low = new RecognitionResult("RR3", "PS-DEV", "PC-1", LevelRef.parse("kz-nqf:2025/5"),
                LocalDate.of(2026, 5, 2), null, VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        ApplicantAssessment a = ASSESSOR.assess(profile("recognised", other, low, ok));
        assertThat(a.recognised()).isTrue();
        assertThat(a.recognition()).isEqualTo(ok);
        assertThat(a.score()).isEqualTo(1.0);
        assertThat(a.eligibility().education().status()).isEqualTo(EligibilityCheck.Status.MET);
        assertThat(a.eligibility().education().reason()).contains("recognised");
        assertThat(a.evidence()).extracting(EvidenceUse::reason).anyMatch(r -> r.contains("below the card's"))
                .anyMatch(r -> r.contains("not PS-DEV / PC-1"));
        ApplicantAssessment strict = assessor(RecognitionPolicy.DEFAULTS.toBuilder().recognitionSubstitutesEducation(false).build())
                .assess(profile("recognised", ok));
        assertThat(strict.eligibility().education().status()).isEqualTo(EligibilityCheck.Status.NOT_MET);
    }

    @Test
    void aDiplomaOfAnUnknownProgramBringsItsLevelFromItsCode() {
        Diploma unknown = new Diploma("D9", "6B06199", NationalProgramCode.parse("6B06199"), null, LocalDate.of(2019, 6, 1),
                VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        ApplicantAssessment a = ASSESSOR.assess(profile("unknown", unknown));
        assertThat(a.flags()).extracting(EvidenceFlag::type).containsExactly(EvidenceFlag.Type.UNKNOWN_PROGRAM);
        assertThat(a.eligibility().education().status()).isEqualTo(EligibilityCheck.Status.MET);
        assertThat(a.skills().score()).isZero();
        Diploma noCode = new Diploma("D8", "X", null, null, null, VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED);
        assertThat(ASSESSOR.assess(profile("nocode", noCode)).eligibility().education().status())
                .isEqualTo(EligibilityCheck.Status.UNKNOWN);
    }

    @Test
    void aLabourFunctionCanBeAssessedAlone() {
        ApplicantAssessor db = ApplicantAssessor.builder(MATCHER, DEVELOPER, "PC-1").labourFunction("LF-2").on(ON).build();
        ApplicantAssessment a = db.assess(profile("x",
                sqlCourse("C1", LocalDate.of(2025, 3, 1), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED)));
        assertThat(a.skills().requirements()).extracting(m -> m.requirement().id()).containsExactly("R3");
    }

    @Test
    void rankingIsTheSameWhateverTheOrderAndThreadsAndKeepsOnlyTheBest() throws Exception {
        List<ApplicantProfile> all = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            List<Evidence> ev = new ArrayList<>();
            if (i % 2 == 0) {
                ev.add(diploma("D" + i, i % 3 == 0 ? VerificationStatus.VERIFIED : VerificationStatus.SELF_DECLARED));
            }
            if (i % 5 == 0) {
                ev.add(sqlCourse("C" + i, LocalDate.of(2020 + i % 6, 1, 1), VerificationStatus.VERIFIED, ValidityPeriod.UNLIMITED));
            }
            all.add(new ApplicantProfile(String.format("A%04d", i % 650), null, ev));   // some ids repeat
        }
        ApplicantRanking sequential = ASSESSOR.rank(all, 15, Runnable::run);
        List<ApplicantProfile> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            ApplicantRanking parallel = ASSESSOR.rank(shuffled, 15, pool);
            assertThat(parallel.assessed()).isEqualTo(700);
            assertThat(parallel.top()).hasSize(15);
            assertThat(parallel.top().stream().map(a -> a.applicantId() + "=" + a.score()).toList())
                    .isEqualTo(sequential.top().stream().map(a -> a.applicantId() + "=" + a.score()).toList());
        } finally {
            pool.shutdownNow();
        }
        for (int i = 1; i < sequential.top().size(); i++) {
            assertThat(sequential.top().get(i).score()).isLessThanOrEqualTo(sequential.top().get(i - 1).score());
        }
        double worstKept = sequential.top().get(14).score();
        assertThat(all.stream().map(ASSESSOR::assess).filter(a -> a.score() > worstKept).count()).isLessThan(15);
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> ApplicantAssessor.builder(MATCHER, DEVELOPER, "NOPE").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NOPE").hasMessageContaining("PS-DEV");
        assertThatThrownBy(() -> ApplicantAssessor.builder(MATCHER, DEVELOPER, "PC-1").labourFunction("LF-3").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("LF-3");
        assertThatThrownBy(() -> ASSESSOR.rank(List.of(), 0, Runnable::run)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecognitionPolicy.builder().kindWeight(EvidenceKind.DIPLOMA, 1.2).build())
                .hasMessageContaining("kindWeight(DIPLOMA)");
        assertThatThrownBy(() -> RecognitionPolicy.builder().recencyHalfLife(Period.ZERO).build())
                .hasMessageContaining("recencyHalfLife");
        assertThatThrownBy(() -> RecognitionPolicy.builder().minimumCertificateHours(BigDecimal.valueOf(-1)).build())
                .hasMessageContaining("minimumCertificateHours");
        assertThat(ASSESSOR.rank(List.of(), 3, Runnable::run).top()).isEmpty();
    }

    static ApplicantAssessor secondaryJobAssessor(Job vacancy) {
        return ApplicantAssessor.builder(MATCHER, DEVELOPER, "PC-1").on(ON).secondaryJob(vacancy)
                .programs(id -> Optional.ofNullable(Map.of(BACHELOR.id(), BACHELOR).get(id))).build();
    }

    static final Job TEACHING_4H = new Job("Преподаватель (совместительство)", 4, false, Job.WorkKind.TEACHING);
    static final Job DEV_6H = new Job("Разработчик (совместительство)", 6, false, Job.WorkKind.OTHER);
    static final Job MAIN_8H = new Job("Инженер", 8, false, Job.WorkKind.OTHER);

    @Test
    void aSecondaryJobVacancyCarriesTheLabourCodeDecisionWithItsReasons() {
        PersonalDetails adult = PersonalDetails.UNKNOWN.withBirthDate(LocalDate.of(1990, 5, 1)).withMainJob(MAIN_8H);
        ApplicantProfile p = profile("A", diploma("D", VerificationStatus.VERIFIED)).withDetails(adult);

        EmploymentCheck allowed = secondaryJobAssessor(TEACHING_4H).assess(p).employment();
        assertThat(allowed).isNotNull();
        assertThat(allowed.status()).isEqualTo(EmploymentCheck.Status.ALLOWED);
        assertThat(allowed.reasons()).isEmpty();
        assertThat(allowed.mainJob()).isEqualTo(MAIN_8H);

        EmploymentCheck tooLong = secondaryJobAssessor(DEV_6H).assess(p).employment();
        assertThat(tooLong.status()).isEqualTo(EmploymentCheck.Status.NOT_ALLOWED);
        assertThat(tooLong.reasons()).containsExactly("the secondary job is 6 h a day, more than 4 h",
                "both jobs together are 14 h a day, more than 12 h");

        EmploymentCheck civil = secondaryJobAssessor(new Job("Консультант", 3, false, Job.WorkKind.OTHER))
                .assess(p.withDetails(adult.withCivilServant(true))).employment();
        assertThat(civil.status()).isEqualTo(EmploymentCheck.Status.NOT_ALLOWED);
        assertThat(civil.reasons()).singleElement().asString().contains("civil servant");

        // the decision changes neither the skills score nor the eligibility
        ApplicantAssessment without = ASSESSOR.assess(p);
        ApplicantAssessment with = secondaryJobAssessor(DEV_6H).assess(p);
        assertThat(without.employment()).isNull();
        assertThat(with.score()).isEqualTo(without.score());
        assertThat(with.eligibility()).isEqualTo(without.eligibility());
    }

    @Test
    void missingFactsMakeTheDecisionUnknownUnlessAnotherGroundAlreadyDecides() {
        ApplicantProfile noDetails = profile("A", diploma("D", VerificationStatus.VERIFIED));
        EmploymentCheck noMainJob = secondaryJobAssessor(TEACHING_4H).assess(noDetails).employment();
        assertThat(noMainJob.status()).isEqualTo(EmploymentCheck.Status.UNKNOWN);
        assertThat(noMainJob.reasons()).singleElement().asString().contains("main job is not stated");

        ApplicantProfile noBirthDate = noDetails.withDetails(PersonalDetails.UNKNOWN.withMainJob(MAIN_8H));
        EmploymentCheck age = secondaryJobAssessor(TEACHING_4H).assess(noBirthDate).employment();
        assertThat(age.status()).isEqualTo(EmploymentCheck.Status.UNKNOWN);
        assertThat(age.decision()).isNull();
        assertThat(age.reasons()).singleElement().asString().contains("birth date is not stated");

        EmploymentCheck hours = secondaryJobAssessor(DEV_6H).assess(noBirthDate).employment();
        assertThat(hours.status()).isEqualTo(EmploymentCheck.Status.NOT_ALLOWED);
        assertThat(hours.reasons()).hasSize(2).noneMatch(r -> r.contains("birth date"));

        ApplicantProfile minor = noDetails.withDetails(PersonalDetails.UNKNOWN.withMainJob(MAIN_8H)
                .withBirthDate(ON.minusYears(17)));
        EmploymentCheck young = secondaryJobAssessor(TEACHING_4H).assess(minor).employment();
        assertThat(young.status()).isEqualTo(EmploymentCheck.Status.NOT_ALLOWED);
        assertThat(young.reasons()).singleElement().asString().contains("under 18");
    }

    @Test
    void workBeforeTheFourteenthBirthdayIsFlaggedAndCountedFromThatDay() {
        LocalDate born = LocalDate.of(2008, 3, 1);
        ApplicantProfile p = profile("Y", job("W", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1),
                VerificationStatus.VERIFIED)).withDetails(PersonalDetails.UNKNOWN.withBirthDate(born));
        ApplicantAssessment a = ASSESSOR.assess(p);
        assertThat(a.flags()).extracting(f -> f.evidenceId() + ":" + f.type() + ":" + f.excluded())
                .containsExactly("W:INCONSISTENT:false");
        assertThat(a.flags().get(0).message()).contains("14th birthday (2022-03-01)");
        assertThat(a.experienceYears()).isCloseTo(RecognitionDates.yearsBetween(LocalDate.of(2022, 3, 1),
                LocalDate.of(2024, 1, 1)), org.assertj.core.data.Offset.offset(1e-9));
        // without a birth date nothing is known to be wrong
        ApplicantAssessment unknownAge = ASSESSOR.assess(profile("Y", job("W", LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 1, 1), VerificationStatus.VERIFIED)));
        assertThat(unknownAge.flags()).isEmpty();
        assertThat(unknownAge.experienceYears()).isGreaterThan(a.experienceYears());
    }
}

package io.github.opennqf.io;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.CoverageScope;
import io.github.opennqf.matching.StatementSource;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.List;
import java.util.Set;

/**
 * Small English programs and standards for report tests: a software-engineering standard with two
 * profession cards (levels 5 and 6) of two labour functions each, a program at level 5 that covers
 * some of it, and hand-made reports with hostile text.
 */
final class MatchFixtures {
    private MatchFixtures() {}

    static MultilingualText en(String text) {
        return MultilingualText.of("en", text);
    }

    static Requirement req(String id, DescriptorCategory category, String text) {
        return Requirement.of(id, category, en(text));
    }

    static LearningOutcome lo(String id, DescriptorCategory category, String text) {
        return LearningOutcome.of(id, category, en(text));
    }

    static LevelRef kz(int level) {
        return LevelRef.parse("kz-nqf:2025/" + level);
    }

    static final ProfessionalStandard SOFTWARE = new ProfessionalStandard(
            StandardPassport.of("PS-SE", en("Software engineer")), List.of(
            ProfessionCard.of("PS-SE/A", en("Software developer"), kz(5), List.of(
                    new LabourFunction("A/01 Develop software", en("Develop software"), List.of(
                            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL"),
                            req("S1", DescriptorCategory.KZ_SKILLS, "Develop and test software applications in Java")
                                    .asEssential(),
                            req("S2", DescriptorCategory.KZ_SKILLS, "Write unit tests and integration tests"))),
                    new LabourFunction("A/02 Maintain software", en("Maintain software"), List.of(
                            req("S3", DescriptorCategory.KZ_SKILLS, "Fix defects in existing code and refactor it"),
                            req("K2", DescriptorCategory.KZ_KNOWLEDGE, "Version control with Git"))))),
            ProfessionCard.of("PS-SE/B", en("Lead software engineer"), kz(6), List.of(
                    new LabourFunction("B/01 Design systems", en("Design systems"), List.of(
                            req("S4", DescriptorCategory.KZ_SKILLS, "Design software architecture for web applications")
                                    .withWeight(2.0),
                            req("K3", DescriptorCategory.KZ_KNOWLEDGE, "Cloud platforms and containers"))),
                    new LabourFunction("B/02 Lead teams", en("Lead teams"), List.of(
                            req("C1", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES,
                                    "Lead a team of developers"),
                            req("C2", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES,
                                    "Plan and estimate project work")))))));

    static final ProfessionalStandard NURSE = new ProfessionalStandard(
            StandardPassport.of("PS-NU", en("Nurse")), List.of(
            ProfessionCard.of("PS-NU/A", en("Nurse"), kz(5), List.of(
                    new LabourFunction("NU/01 Care for patients", en("Care for patients"), List.of(
                            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Anatomy and physiology of the human body"),
                            req("S1", DescriptorCategory.KZ_SKILLS, "Administer medication to patients"),
                            req("S2", DescriptorCategory.KZ_SKILLS, "Monitor vital signs of patients")))))));

    static final EducationalProgram SOFTWARE_PROGRAM = EducationalProgram.builder("6B06101",
                    en("Software engineering"), kz(5))
            .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Knows relational database design and writes SQL queries"))
            .outcome(lo("LO2", DescriptorCategory.KZ_SKILLS, "Develops and tests software applications in Java and Python"))
            .outcome(lo("LO3", DescriptorCategory.KZ_KNOWLEDGE, "Knows the theory of algorithms and data structures"))
            .outcome(lo("LO4", DescriptorCategory.KZ_SKILLS, "Writes unit tests and uses version control with Git"))
            .outcome(lo("LO5", DescriptorCategory.KZ_SKILLS, "Designs the architecture of web applications"))
            .outcome(lo("LO10", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES,
                    "Works in a team of developers and presents the project"))
            .build();

    static final EducationalProgram NURSING_PROGRAM = EducationalProgram.builder("6B09101", en("Nursing"), kz(6))
            .outcome(lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Knows human anatomy and physiology"))
            .outcome(lo("LO2", DescriptorCategory.KZ_SKILLS,
                    "Administers medication and monitors the vital signs of patients"))
            .build();

    /** @return a matcher compiled from both standards and both programs */
    static Matcher matcher() {
        return Matcher.builder()
                .standards(List.of(SOFTWARE, NURSE))
                .programs(List.of(SOFTWARE_PROGRAM, NURSING_PROGRAM))
                .build();
    }

    /** @return the software program's coverage of the software standard */
    static CoverageReport softwareReport() {
        return matcher().coverage(SOFTWARE_PROGRAM, SOFTWARE);
    }

    /** The statement no page may show unescaped. */
    static final String HOSTILE = "<script>alert(1)</script> & \"double\" 'single'";

    /**
     * @param statement the requirement's statement
     * @param outcomeStatement the supporting outcome's statement
     * @return a hand-made report of one weakly covered requirement, with one support
     */
    static CoverageReport oneRequirement(String statement, String outcomeStatement) {
        Requirement requirement = req("R1", DescriptorCategory.KZ_SKILLS, statement);
        StatementSupport support = new StatementSupport("LO1", StatementSource.of(StatementSource.LEARNING_OUTCOME, "LO1"), outcomeStatement, 0.42, List.of("Designs"), List.of(),
                true, false);
        RequirementMatch match = new RequirementMatch(requirement, "C1", "F1", 1.0, 0.42, CoverageStatus.WEAK,
                List.of(support), new Confidence(Set.of(Confidence.ReviewReason.SMALL_MARGIN)));
        return new CoverageReport("P1", "S1", CoverageScope.WHOLE_STANDARD, 0.42, 0.0, List.of(match), List.of());
    }

    /** @return the report of a standard without requirements */
    static CoverageReport empty() {
        return new CoverageReport("P1", "S-EMPTY", CoverageScope.WHOLE_STANDARD, 0.0, 0.0, List.of(), List.of());
    }
}

package io.github.opennqf.matching;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written standards and programs in English, Russian and Kazakh. */
final class Fixtures {
    private Fixtures() {}

    static final ConceptRef SQL = ConceptRef.parse("http://data.europa.eu/esco/skill/sql-test-concept");

    static MultilingualText en(String s) {
        return MultilingualText.of("en", s);
    }

    static Requirement req(String id, DescriptorCategory c, String text) {
        return Requirement.of(id, c, en(text));
    }

    static ProfessionalStandard standard(String code, String title, String level, Requirement... requirements) {
        return new ProfessionalStandard(StandardPassport.of(code, en(title)), List.of(ProfessionCard.of(code + "-C",
                en(title), level == null ? null : LevelRef.parse("kz-nqf:2025/" + level),
                List.of(new LabourFunction(code + "-F", en(title), List.of(requirements))))));
    }

    static EducationalProgram program(String id, String title, String level, LearningOutcome... outcomes) {
        return EducationalProgram.builder(id, en(title), level == null ? null : LevelRef.parse("kz-nqf:2025/" + level))
                .outcomes(List.of(outcomes)).build();
    }

    static LearningOutcome lo(String id, DescriptorCategory c, String text) {
        return LearningOutcome.of(id, c, en(text));
    }

    static final ProfessionalStandard SOFTWARE = standard("PS-SE", "Software engineer", "6",
            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Relational database design and SQL"),
            req("S1", DescriptorCategory.KZ_SKILLS, "Develop and test software applications in Java").asEssential(),
            req("S2", DescriptorCategory.KZ_SKILLS, "Design user interfaces for web applications"),
            req("C1", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES, "Lead a team of developers"));

    static final ProfessionalStandard NURSE = standard("PS-NU", "Nurse", "5",
            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Anatomy and physiology of the human body"),
            req("S1", DescriptorCategory.KZ_SKILLS, "Administer medication to patients"),
            req("S2", DescriptorCategory.KZ_SKILLS, "Monitor vital signs of patients"));

    static final ProfessionalStandard ACCOUNTANT = standard("PS-AC", "Accountant", "6",
            req("K1", DescriptorCategory.KZ_KNOWLEDGE, "Accounting principles and tax law"),
            req("S1", DescriptorCategory.KZ_SKILLS, "Prepare financial statements and budgets"));

    static final EducationalProgram CS = program("6B06101", "Software engineering", "6",
            lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Knows relational database design and SQL queries"),
            lo("LO2", DescriptorCategory.KZ_SKILLS, "Develops and tests software applications in Java and Python"),
            lo("LO3", DescriptorCategory.KZ_KNOWLEDGE, "Knows the theory of algorithms"));

    static final EducationalProgram NURSING = program("6B09101", "Nursing", "6",
            lo("LO1", DescriptorCategory.KZ_KNOWLEDGE, "Knows human anatomy and physiology"),
            lo("LO2", DescriptorCategory.KZ_SKILLS, "Administers medication and monitors the vital signs of patients"));

    static List<ProfessionalStandard> standards() {
        return new ArrayList<>(List.of(SOFTWARE, NURSE, ACCOUNTANT));
    }

    static List<EducationalProgram> programs() {
        return new ArrayList<>(List.of(CS, NURSING));
    }
}

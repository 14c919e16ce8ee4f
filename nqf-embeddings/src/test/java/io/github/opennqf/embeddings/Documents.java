package io.github.opennqf.embeddings;

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

/** Small hand-written standards and programs in English and in Russian. */
final class Documents {
    private Documents() {}

    static ProfessionalStandard standard(String lang, String code, String title, Object... idCategoryText) {
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < idCategoryText.length; i += 3) {
            requirements.add(Requirement.of((String) idCategoryText[i], (DescriptorCategory) idCategoryText[i + 1],
                    MultilingualText.of(lang, (String) idCategoryText[i + 2])));
        }
        MultilingualText t = MultilingualText.of(lang, title);
        return new ProfessionalStandard(StandardPassport.of(code, t), List.of(ProfessionCard.of(code + "-C", t,
                LevelRef.parse("kz-nqf:2025/6"), List.of(new LabourFunction(code + "-F", t, requirements)))));
    }

    static EducationalProgram program(String lang, String id, String title, Object... idCategoryText) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < idCategoryText.length; i += 3) {
            outcomes.add(LearningOutcome.of((String) idCategoryText[i], (DescriptorCategory) idCategoryText[i + 1],
                    MultilingualText.of(lang, (String) idCategoryText[i + 2])));
        }
        return EducationalProgram.builder(id, MultilingualText.of(lang, title), LevelRef.parse("kz-nqf:2025/6"))
                .outcomes(outcomes).build();
    }

    private static final DescriptorCategory K = DescriptorCategory.KZ_KNOWLEDGE;
    private static final DescriptorCategory S = DescriptorCategory.KZ_SKILLS;
    private static final DescriptorCategory C = DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES;

    static List<ProfessionalStandard> englishStandards() {
        return List.of(
                standard("en", "PS-SE", "Software engineer",
                        "C1", C, "Designs, builds and maintains computer programs and information systems",
                        "S1", S, "Write and test code for applications",
                        "K1", K, "Programming languages and databases"),
                standard("en", "PS-NU", "Registered nurse",
                        "C1", C, "Cares for patients in hospitals and clinics",
                        "S1", S, "Administer medication and monitor vital signs",
                        "K1", K, "Anatomy, physiology and pharmacology"),
                standard("en", "PS-AC", "Accountant",
                        "C1", C, "Prepares and examines financial records and tax returns",
                        "S1", S, "Prepare balance sheets and budgets",
                        "K1", K, "Accounting principles and tax law"));
    }

    static EducationalProgram englishSoftwareProgram() {
        return program("en", "6B06102", "Software engineering",
                "LO1", C, "Graduates develop reliable software applications for business and industry",
                "LO2", S, "Implements algorithms in Java and Python and tests them",
                "LO3", K, "Knows data structures, operating systems and computer networks");
    }

    static List<ProfessionalStandard> russianStandards() {
        return List.of(
                standard("ru", "06.001", "Программист",
                        "C1", C, "Разработка и отладка программного кода",
                        "S1", S, "Написание программного кода на языках программирования",
                        "K1", K, "Языки программирования и базы данных"),
                standard("ru", "02.065", "Медицинская сестра",
                        "C1", C, "Оказание медицинской помощи пациентам",
                        "S1", S, "Введение лекарственных препаратов пациентам",
                        "K1", K, "Анатомия и физиология человека"),
                standard("ru", "08.002", "Бухгалтер",
                        "C1", C, "Ведение бухгалтерского учёта",
                        "S1", S, "Составление бухгалтерской отчётности",
                        "K1", K, "Законодательство о налогах и сборах"));
    }

    static List<EducationalProgram> russianPrograms() {
        return List.of(
                program("ru", "6B06103", "Информационные системы",
                        "LO1", C, "Разрабатывает программное обеспечение информационных систем",
                        "LO2", S, "Пишет и отлаживает программный код на языке Java",
                        "LO3", K, "Знает базы данных и языки программирования"),
                program("ru", "6B10101", "Сестринское дело",
                        "LO1", C, "Оказывает медицинскую помощь пациентам",
                        "LO2", K, "Знает анатомию и физиологию человека"));
    }
}

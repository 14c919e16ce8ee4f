package io.github.opennqf.design;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.standard.LabourFunction;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import io.github.opennqf.standard.StandardPassport;
import io.github.opennqf.text.MultilingualText;
import java.util.List;

/** Small trilingual and single-language standards written for the design tests. */
final class DesignFixtures {
    private DesignFixtures() {}

    static MultilingualText kkRuEn(String kk, String ru, String en) {
        return MultilingualText.builder().put("kk", kk).put("ru", ru).put("en", en).build();
    }

    static Requirement req(String id, DescriptorCategory category, MultilingualText text) {
        return Requirement.of(id, category, text);
    }

    /** A software developer's card at level 6, with two labour functions, in kk, ru and en. */
    static ProfessionalStandard software(String level) {
        LabourFunction develop = new LabourFunction("F1", kkRuEn("Бағдарламалық қамтамасыз етуді әзірлеу",
                "Разработка программного обеспечения", "Software development"), List.of(
                req("K1", DescriptorCategory.KZ_KNOWLEDGE, kkRuEn("Бағдарламалау тілдері мен алгоритмдер",
                        "Языки программирования и алгоритмы", "Programming languages and algorithms")),
                req("K2", DescriptorCategory.KZ_KNOWLEDGE, kkRuEn("Бағдарламалық қамтамасыз етуді тестілеу әдістері",
                        "Методы тестирования программного обеспечения", "Software testing methods")),
                req("S1", DescriptorCategory.KZ_SKILLS, kkRuEn("Бағдарламалық қамтамасыз етуді әзірлеу және тестілеу",
                        "Разработка и тестирование программного обеспечения",
                        "Development and testing of software applications")).asEssential().withWeight(2),
                req("A1", DescriptorCategory.KZ_ABILITIES, kkRuEn("Бағдарлама кодын рефакторингтеу",
                        "Рефакторинг программного кода", "Refactoring of program code"))));
        LabourFunction data = new LabourFunction("F2", kkRuEn("Деректер қорымен жұмыс", "Работа с базами данных",
                "Work with databases"), List.of(
                req("K3", DescriptorCategory.KZ_KNOWLEDGE, kkRuEn("Реляциялық деректер қорының теориясы",
                        "Теория реляционных баз данных", "Relational database theory")),
                req("S2", DescriptorCategory.KZ_SKILLS, kkRuEn("Деректер қорын жобалау және SQL сұраныстары",
                        "Проектирование баз данных и SQL-запросы", "Database design and SQL queries")),
                req("C1", DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES,
                        kkRuEn("Әзірлеушілер тобының жұмысын ұйымдастыру", "Организация работы группы разработчиков",
                                "Organisation of a developer team's work"))));
        ProfessionCard card = ProfessionCard.of("C1", kkRuEn("Бағдарламалық қамтамасыз етуді әзірлеуші",
                "Разработчик программного обеспечения", "Software developer"),
                level == null ? null : LevelRef.parse("kz-nqf:2025/" + level), List.of(develop, data));
        return new ProfessionalStandard(StandardPassport.of("PS-SW", card.title()), List.of(card));
    }

    /** A Russian-only accountant's card at level 6 with no competence requirement. */
    static ProfessionalStandard accountant() {
        MultilingualText title = MultilingualText.of("ru", "Бухгалтер");
        LabourFunction f = new LabourFunction("F1", MultilingualText.of("ru", "Ведение учёта"), List.of(
                req("K1", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("ru", "Налоговое законодательство")),
                req("S1", DescriptorCategory.KZ_SKILLS, MultilingualText.of("ru",
                        "Составление финансовой отчётности"))));
        return new ProfessionalStandard(StandardPassport.of("PS-AC", title), List.of(ProfessionCard.of("AC",
                title, LevelRef.parse("kz-nqf:2025/6"), List.of(f))));
    }
}

package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real data in {@code ../shared/data}; skips, saying why, when it is not there. */
class TabularFormatRealDataTest {

    private static Path dataDir() {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + ": real-data test skipped");
        return dir;
    }

    private static Path file(String relative) {
        Path file = dataDir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data file not found at " + file + ": real-data test skipped");
        return file;
    }

    @Test
    void readsAllCipsocPrograms() throws IOException {
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(file("cipsoc-dev/programs.csv"));

        assertThat(programs).hasSize(1014);
        assertThat(programs).allSatisfy(p -> assertThat(p.outcomes()).isNotEmpty());
        assertThat(programs.stream().mapToInt(p -> p.outcomes().size()).sum()).isEqualTo(6981);
        EducationalProgram first = programs.get(0);
        assertThat(first.id()).isEqualTo("03.0101");
        assertThat(first.title().get("und")).contains("Natural Resources/Conservation, General");
        assertThat(first.level()).isNull();
        assertThat(first.code()).isNull();
        LearningOutcome lo1 = first.outcomes().get(0);
        assertThat(lo1.id()).isEqualTo("03.0101-LO1");
        assertThat(lo1.category()).isEqualTo(DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(lo1.statement().get("und").orElseThrow()).startsWith("A general program that focuses on");
        assertThat(first.outcomes()).hasSize(10);
        assertThat(first.outcomes().get(1).category()).isEqualTo(DescriptorCategory.KZ_KNOWLEDGE);

        // gold.csv names exactly these programs (1,015 distinct first-column values with its header)
        Set<String> goldPrograms;
        try (Stream<String> lines = Files.lines(file("cipsoc-dev/gold.csv"), StandardCharsets.UTF_8)) {
            goldPrograms = lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
        assertThat(programs.stream().map(EducationalProgram::id).collect(Collectors.toSet())).isEqualTo(goldPrograms);
    }

    @Test
    void readsAllCipsocStandards() {
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(file("cipsoc-dev/standards.csv"));

        assertThat(standards).hasSize(867);
        assertThat(standards.stream().mapToInt(s -> s.requirements().size()).sum()).isEqualTo(22874);
        assertThat(standards).allSatisfy(s -> {
            assertThat(s.professionCards()).hasSize(1);
            ProfessionCard card = s.professionCards().get(0);
            assertThat(card.id()).isEqualTo(s.code());
            assertThat(card.labourFunctions()).hasSize(1);
            assertThat(card.labourFunctions().get(0).id()).isEqualTo(s.code());
            assertThat(card.labourFunctions().get(0).title()).isEqualTo(s.passport().title());
        });
        assertThat(standards.stream().flatMap(s -> s.requirements().stream()).map(Requirement::weight).distinct())
                .containsExactlyInAnyOrder(1.0, 0.5);
        ProfessionalStandard chief = standards.get(0);
        assertThat(chief.code()).isEqualTo("11-1011");
        assertThat(chief.passport().title().get("und")).contains("Chief Executives");
        assertThat(chief.professionCards().get(0).level()).isEqualTo(LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(7)));
        assertThat(chief.requirements().get(0).category()).isEqualTo(DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(chief.requirements().get(2).category()).isEqualTo(DescriptorCategory.KZ_SKILLS);
        Set<Integer> levels = standards.stream().map(s -> s.professionCards().get(0).level())
                .filter(Objects::nonNull).map(l -> l.level().rank()).collect(Collectors.toSet());
        assertThat(levels).containsExactlyInAnyOrder(2, 3, 5, 6, 7);
        assertThat(standards.stream().filter(s -> s.professionCards().get(0).level() == null)).hasSize(69);
    }

    @Test
    void readsRussianStandardsWithOneCardPerLevel() {
        TabularFormat russian = TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLanguage("ru"));
        List<ProfessionalStandard> standards = russian.readStandards(file("ru-standards/standards.csv"));

        assertThat(standards).hasSize(50);
        assertThat(standards.stream().mapToInt(s -> s.requirements().size()).sum()).isEqualTo(26636);
        ProfessionalStandard first = standards.get(0);
        assertThat(first.code()).isEqualTo("10.033");
        assertThat(first.passport().title().get("ru"))
                .contains("Специалист в области инженерно-экологических изысканий для градостроительной деятельности");
        assertThat(first.requirements().get(0).text().get("ru").orElseThrow())
                .startsWith("Анализ и обобщение материалов инженерно-экологических изысканий");
        // rows of 10.033 state levels 6 and 7: one card (and one labour function) per level
        assertThat(first.professionCards()).extracting(ProfessionCard::id)
                .containsExactly("10.033/level-6", "10.033/level-7");
        assertThat(first.professionCards()).extracting(c -> c.level().level())
                .containsExactly(Level.of(6), Level.of(7));
        assertThat(standards.stream().filter(s -> s.professionCards().size() > 1)).hasSize(46);
        assertThat(standards.stream().flatMap(s -> s.requirements().stream()).map(Requirement::category).distinct())
                .containsExactlyInAnyOrder(DescriptorCategory.KZ_ABILITIES, DescriptorCategory.KZ_KNOWLEDGE,
                        DescriptorCategory.KZ_SKILLS, DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(standards).allSatisfy(s -> assertThat(s.passport().title().get("ru").orElseThrow())
                .containsPattern("\\p{IsCyrillic}"));
    }

    @Test
    void russianStandardsRoundTrip() {
        TabularFormat russian = TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLanguage("ru"));
        List<ProfessionalStandard> standards = russian.readStandards(file("ru-standards/standards.csv"));

        StringWriter out = new StringWriter();
        russian.writeStandards(standards, out);
        List<ProfessionalStandard> again = russian.readStandards(new StringReader(out.toString()), "again.csv");

        assertThat(again).isEqualTo(standards);
    }
}

package io.github.opennqf.io.esco;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscoCode;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real ESCO v1.1.1 English export in ../shared/data/esco-v1.1.1, with exact counts. */
class EscoRealDataTest {
    private static EscoClassification esco;

    static Path directory() {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("esco-v1.1.1");
        Assumptions.assumeTrue(Files.isDirectory(dir), "the ESCO export is not at " + dir
                + " (set -Dopennqf.shared.data)");
        return dir;
    }

    @BeforeAll
    static void read() {
        esco = EscoFormat.csv().read(directory());
    }

    @Test
    void countsAreExact() {
        assertThat(esco.skills()).hasSize(13_896);
        assertThat(esco.occupations()).hasSize(3_007);
        assertThat(esco.relations()).hasSize(123_855);
        assertThat(esco.iscoGroups()).hasSize(619);
        assertThat(esco.relations().stream().filter(OccupationSkillRelation::essential).count()).isEqualTo(64_946);
    }

    @Test
    void skillsCarryLabelsTypesAndHierarchy() {
        assertThat(esco.skills().stream().filter(s -> s.type() == SkillType.KNOWLEDGE).count()).isEqualTo(3_059);
        assertThat(esco.skills().stream().filter(s -> s.type() == SkillType.SKILL_COMPETENCE).count()).isEqualTo(10_831);
        assertThat(esco.skills().stream().filter(s -> s.reuseLevel() == ReuseLevel.TRANSVERSAL).count()).isEqualTo(440);
        EscoSkill first = esco.skills().get(0);
        assertThat(first.preferredLabel().languages()).containsExactly("en");
        assertThat(esco.skills().stream().filter(s -> s.altLabels().containsKey("en")).count()).isGreaterThan(10_000);
        assertThat(esco.skills().stream().mapToLong(s -> s.broader().size()).sum()).isEqualTo(20_013);
        assertThat(esco.skill(first.uri())).contains(first);
    }

    @Test
    void skillsWithoutTypeAreWarnedOneByOne() {
        List<ReadProblem> warnings = esco.warnings();
        assertThat(warnings).filteredOn(w -> w.reason() == ReadProblem.Reason.DANGLING_REFERENCE).singleElement()
                .satisfies(w -> assertThat(w.toString()).startsWith("occupationSkillRelations.csv:84425:1: occupation "
                        + "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e is in no file read, yet 68 rows"));
        assertThat(warnings).filteredOn(w -> w.reason() != ReadProblem.Reason.DANGLING_REFERENCE).hasSize(6).allSatisfy(w -> {
            assertThat(w.reason()).isEqualTo(ReadProblem.Reason.MISSING_FIELD);
            assertThat(w.message()).contains("has no skill type");
        });
    }

    @Test
    void occupationsBecomeStandards() {
        URI technicalDirector = URI.create("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34");
        EscoOccupation occupation = esco.occupation(technicalDirector).orElseThrow();
        assertThat(occupation.code()).isEqualTo("2654.1.7");
        assertThat(occupation.iscoGroup()).isEqualTo(IscoCode.parse("2654"));
        assertThat(occupation.altLabels().get("en")).contains("head of technical", "technical manager");

        List<ProfessionalStandard> standards = esco.toStandards();
        assertThat(standards).hasSize(3_007);
        assertThat(standards.stream().mapToLong(s -> s.requirements().size()).sum()).isEqualTo(123_855 - 67);
        ProfessionalStandard standard = standards.stream().filter(s -> s.code().equals("2654.1.7")).findFirst()
                .orElseThrow();
        assertThat(standard.passport().title().get("en")).contains("technical director");
        Requirement knowledge = standard.requirements().get(0);
        assertThat(knowledge.id()).isEqualTo("fed5b267-73fa-461d-9f69-827c78beb39d");
        assertThat(knowledge.category()).isEqualTo(DescriptorCategory.ESCO_KNOWLEDGE);
        assertThat(knowledge.essential()).isTrue();
        assertThat(knowledge.concepts()).containsExactly(
                ConceptRef.parse("http://data.europa.eu/esco/skill/fed5b267-73fa-461d-9f69-827c78beb39d"));
        assertThat(standard.professionCards().get(0).occupation()).isEqualTo(IscoCode.parse("2654"));
    }
}

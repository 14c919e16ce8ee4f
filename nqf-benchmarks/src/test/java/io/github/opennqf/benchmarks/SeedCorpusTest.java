package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed-sized corpus of the matrix benchmarks: exact sizes, real text, deterministic. */
class SeedCorpusTest {
    private static List<EducationalProgram> realPrograms;
    private static List<ProfessionalStandard> realStandards;

    @BeforeAll
    static void readRealData() {
        Path shared = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data"));
        Path dir = shared.resolve("cipsoc-dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("programs.csv"))
                        && Files.isRegularFile(dir.resolve("standards.csv")),
                "shared data not found at " + dir.toAbsolutePath().normalize()
                        + " (set -Dopennqf.shared.data to the shared/data directory)");
        realPrograms = TabularFormat.csv().readPrograms(dir.resolve("programs.csv"));
        realStandards = TabularFormat.csv().readStandards(dir.resolve("standards.csv"));
    }

    @Test
    void hasExactlyTheSeedSizes() {
        SeedCorpus corpus = SeedCorpus.generate(realPrograms, realStandards, SeedCorpus.SEED);

        assertThat(corpus.programs()).hasSize(360);
        assertThat(corpus.programs()).allSatisfy(p -> assertThat(p.outcomes()).hasSize(60));
        assertThat(corpus.standards()).hasSize(550);
        assertThat(corpus.standards()).allSatisfy(s -> assertThat(s.requirements()).hasSize(240));
        assertThat(corpus.outcomeCount()).isEqualTo(360 * 60);
        assertThat(corpus.requirementCount()).isEqualTo(550 * 240);
        assertThat(corpus.programs()).extracting(EducationalProgram::id).doesNotHaveDuplicates()
                .startsWith("G-P-001").endsWith("G-P-360");
        assertThat(corpus.standards()).extracting(ProfessionalStandard::code).doesNotHaveDuplicates()
                .startsWith("G-S-001").endsWith("G-S-550");
    }

    @Test
    void isMadeOfRealTextCategoriesAndWeights() {
        SeedCorpus corpus = SeedCorpus.generate(realPrograms, realStandards, SeedCorpus.SEED);
        Set<String> realOutcomes = new HashSet<>();
        realPrograms.forEach(p -> p.outcomes().forEach(o -> realOutcomes.add(key(o))));
        Set<String> realRequirements = new HashSet<>();
        realStandards.forEach(s -> s.requirements().forEach(r -> realRequirements.add(key(r))));
        Set<Object> realProgramTitles = new HashSet<>();
        realPrograms.forEach(p -> realProgramTitles.add(p.title()));
        Set<Object> realStandardTitles = new HashSet<>();
        realStandards.forEach(s -> realStandardTitles.add(s.passport().title()));

        // plain set look-ups: AssertJ's contains() scans the set linearly
        List<String> notReal = new ArrayList<>();
        for (EducationalProgram p : corpus.programs()) {
            if (!realProgramTitles.contains(p.title())) {
                notReal.add(p.id() + " title");
            }
            p.outcomes().stream().filter(o -> !realOutcomes.contains(key(o))).forEach(o -> notReal.add(o.id()));
            assertThat(p.outcomes()).extracting(LearningOutcome::id).doesNotHaveDuplicates();
        }
        for (ProfessionalStandard s : corpus.standards()) {
            if (!realStandardTitles.contains(s.passport().title())) {
                notReal.add(s.code() + " title");
            }
            s.requirements().stream().filter(r -> !realRequirements.contains(key(r))).forEach(r -> notReal.add(r.id()));
            assertThat(s.requirements()).extracting(Requirement::id).doesNotHaveDuplicates();
        }
        assertThat(notReal).as("generated texts, categories and weights not found in the real data").isEmpty();
        // both task (1.0, 0.5) and knowledge (0.5) weights survive sampling
        assertThat(corpus.standards().stream().flatMap(s -> s.requirements().stream()).map(Requirement::weight)
                .distinct()).contains(1.0, 0.5);
    }

    @Test
    void sameSeedGivesAnEqualCorpusAndAnotherSeedADifferentOne() {
        SeedCorpus first = SeedCorpus.generate(realPrograms, realStandards, SeedCorpus.SEED);
        SeedCorpus second = SeedCorpus.generate(realPrograms, realStandards, SeedCorpus.SEED);
        SeedCorpus other = SeedCorpus.generate(realPrograms, realStandards, SeedCorpus.SEED + 1);

        assertThat(second).isEqualTo(first);
        assertThat(second.programs()).isEqualTo(first.programs());
        assertThat(second.standards()).isEqualTo(first.standards());
        assertThat(other).isNotEqualTo(first);
    }

    private static String key(LearningOutcome o) {
        return o.category() + "|" + o.statement().asMap();
    }

    private static String key(Requirement r) {
        return r.category() + "|" + r.weight() + "|" + r.essential() + "|" + r.text().asMap();
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.program.EducationalProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed folds against the real cipsoc-dev, and one cheap protocol run on it. */
class CrossValidationDataTest {
    private static final Path DATA = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data"))
            .resolve("cipsoc-dev");

    private static void assumeData() {
        Assumptions.assumeTrue(Files.isRegularFile(DATA.resolve("gold.csv")),
                "shared data not found at " + DATA.toAbsolutePath().normalize() + "; set -Dopennqf.shared.data");
    }

    @Test
    void everyProgramHasAFoldAndTheFoldsAreBalanced() throws Exception {
        assumeData();
        FamilyFolds folds = FamilyFolds.cipsocDev();
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (EducationalProgram p : TabularFormat.csv().readPrograms(DATA.resolve("programs.csv"))) {
            sizes.merge(folds.foldOf(p.id()), 1, Integer::sum);
        }
        assertThat(sizes).isEqualTo(Map.of(1, 221, 2, 199, 3, 198, 4, 199, 5, 197));
    }

    @Test
    void aCandidateEqualToTheDefaultsChangesNoFold() throws Exception {
        assumeData();
        // the default title weight again: the candidate is the baseline itself
        String same = "title=" + MatchingConfig.DEFAULTS.ranking().titleSimilarity();
        FoldProtocol.Outcome outcome = CrossValidation.run(DATA, CandidateGrid.of("same", List.of(same)), null, 2);
        assertThat(outcome.folds()).hasSize(5).allSatisfy(f -> assertThat(f.deltaMap()).isZero());
        assertThat(outcome.folds()).extracting(FoldProtocol.FoldResult::programs).containsExactly(221, 199, 198, 199, 197);
        // the lexical defaults' dev MAP (0.475 on 2026-12-02), loosely, so that re-tuned defaults keep this test
        assertThat(outcome.meanBaselineMap()).isBetween(0.42, 0.60);
        assertThat(outcome.keep()).isFalse();
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyFoldsTest {

    @Test
    void parsesAFoldFileAndPlacesProgramsByFamily() throws IOException {
        FamilyFolds folds = FamilyFolds.parse(List.of("cip_family,fold", "51,1", "", "03,2", "61,2"), "f.csv");
        assertThat(folds.count()).isEqualTo(2);
        assertThat(folds.folds()).isEqualTo(Map.of("51", 1, "03", 2, "61", 2));
        assertThat(folds.foldOf("51.0801")).isEqualTo(1);
        assertThat(folds.foldOf("03.0101")).isEqualTo(2);
    }

    @Test
    void theCommittedCipsocDevFoldsHaveFiveFoldsOverTwentyTwoFamilies() throws IOException {
        FamilyFolds folds = FamilyFolds.cipsocDev();
        assertThat(folds.count()).isEqualTo(5);
        assertThat(folds.folds()).hasSize(22).containsEntry("51", 1).containsEntry("61", 2).containsEntry("60", 3)
                .containsEntry("16", 4).containsEntry("50", 5);
    }

    @Test
    void refusesMalformedFilesNamingTheLine() {
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("family,fold", "51,1"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv:1: expected the header cip_family,fold");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold", "51,1", "51,2"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv:3: family 51 is assigned twice");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold", "51,x"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv:2: fold is not a number: 'x'");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold", "51,0"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv:2: fold must be 1 or more, was 0");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold", "5,1"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessageContaining("f.csv:2: expected a 2-digit CIP family");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold", "51,1", "03,3"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv: folds must be numbered 1 to n without gaps, were [1, 3]");
        assertThatThrownBy(() -> FamilyFolds.parse(List.of("cip_family,fold"), "f.csv"))
                .isInstanceOf(IOException.class).hasMessage("f.csv: folds must assign at least one family");
    }

    @Test
    void aProgramOfAnUnknownFamilyIsRefused() throws IOException {
        FamilyFolds folds = FamilyFolds.parse(List.of("cip_family,fold", "51,1"), "f.csv");
        assertThatThrownBy(() -> folds.foldOf("99.0101"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("program 99.0101: CIP family 99 has no fold in the assignment (families: [51])");
    }
}

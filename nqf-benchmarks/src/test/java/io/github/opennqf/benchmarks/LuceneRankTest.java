package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole-process Lucene baseline on tiny files written here. */
class LuceneRankTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void ranksEveryProgramAndWritesTheRankCommandsColumns() throws Exception {
        Path programs = write("programs.csv",
                "program_id,program_title,program_level,outcome_id,outcome_text,outcome_category",
                "P1,Nursing,,P1-1,Care for patients in hospitals,competence",
                "P1,Nursing,,P1-2,pharmacology,knowledge",
                "P2,Software Engineering,,P2-1,\"Design, build and test software\",competence");
        Path standards = write("standards.csv",
                "standard_id,standard_title,standard_level,requirement_id,requirement_text,requirement_category,requirement_weight",
                "S-NURSE,Registered Nurses,6,R1,Care for patients and give medicines,skill,1.0",
                "S-NURSE,Registered Nurses,6,R2,pharmacology,knowledge,0.5",
                "S-DEV,Software Developers,6,R3,Design and test software,skill,1.0",
                "S-COOK,Cooks,3,R4,Prepare meals,skill,1.0");
        Path out = dir.resolve("out.csv");
        LuceneRank.main(new String[] {"--programs", programs.toString(), "--standards", standards.toString(),
            "--top", "2", "--threads", "1", "--output", out.toString()});
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("query_id,rank,candidate_id,score");
        // P1 matches only the nurse standard, P2 only the developer standard: one hit each
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("P1,1,S-NURSE,");
        assertThat(rows.get(2)).startsWith("P2,1,S-DEV,");
        assertThat(rows.get(1).split(",")[3]).matches("\\d+\\.\\d{6}");
    }

    @Test
    void readsDocumentsGroupedByIdInFileOrder() throws Exception {
        Path file = write("s.csv", "standard_id,standard_title,requirement_text", "B,Bee,one", "A,Ay,two", "B,Bee,three");
        assertThat(LuceneRank.read(file, "standard_id", "standard_title", "requirement_text")).containsExactly(
                new LuceneBm25fAnchor.Doc("B", "Bee", List.of("one", "three")),
                new LuceneBm25fAnchor.Doc("A", "Ay", List.of("two")));
    }

    @Test
    void refusesAFileWithoutTheColumnsOrWithShortRows() throws Exception {
        Path noColumn = write("a.csv", "id,title,text", "1,t,x");
        assertThatThrownBy(() -> LuceneRank.read(noColumn, "standard_id", "title", "text"))
                .isInstanceOf(IOException.class).hasMessage(noColumn + ": no column standard_id in the header [id, title, text]");
        Path shortRow = write("b.csv", "standard_id,standard_title,requirement_text", "1,t");
        assertThatThrownBy(() -> LuceneRank.read(shortRow, "standard_id", "standard_title", "requirement_text"))
                .isInstanceOf(IOException.class).hasMessage(shortRow + ": row 2 has 2 cells, expected 3");
        Path empty = Files.writeString(dir.resolve("c.csv"), "");
        assertThatThrownBy(() -> LuceneRank.read(empty, "standard_id", "standard_title", "requirement_text"))
                .isInstanceOf(IOException.class).hasMessageContaining("expected a header row");
    }

    @Test
    void scoresHaveSixDecimalsRoundedHalfUp() {
        assertThat(LuceneRank.sixDecimals(52.8939904, new StringBuilder()).toString()).isEqualTo("52.893990");
        assertThat(LuceneRank.sixDecimals(0.0000005, new StringBuilder()).toString()).isEqualTo("0.000001");
        assertThat(LuceneRank.sixDecimals(3, new StringBuilder()).toString()).isEqualTo("3.000000");
        assertThat(LuceneRank.sixDecimals(0.1234564, new StringBuilder()).toString()).isEqualTo("0.123456");
    }
}

package io.github.opennqf.io;

import static io.github.opennqf.io.Tables.PROGRAM_HEADER;
import static io.github.opennqf.io.Tables.STANDARD_HEADER;
import static io.github.opennqf.io.Tables.problem;
import static io.github.opennqf.io.Tables.programProblems;
import static io.github.opennqf.io.Tables.programs;
import static io.github.opennqf.io.Tables.standardProblems;
import static io.github.opennqf.io.Tables.standards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.text.MultilingualText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets its own located problem with the right reason and message. */
class TabularFormatBadInputTest {
    private static final String GOOD_ROW = "P1,Title,6,LO1,Knows things,knowledge\n";

    @Test
    void raggedRowsAreMalformedAtTheFirstMissingOrExtraCell() {
        String csv = PROGRAM_HEADER + GOOD_ROW + "P1,Title,6,LO2,Too few\n" + "P1,Title,6,LO3,Text,skill,extra\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(3, 6, Reason.MALFORMED_SYNTAX, "the row has 5 cells but the header has 6 columns"),
                problem(4, 7, Reason.MALFORMED_SYNTAX, "the row has 7 cells but the header has 6 columns"));
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsTruncatedAtTheCellThatOpensIt() {
        String csv = PROGRAM_HEADER + GOOD_ROW + "P1,\"Title,6,LO2,text,skill\nP1,Title,6,LO3,more";

        assertThat(programProblems(csv)).containsExactly(problem(3, 2, Reason.TRUNCATED,
                "cell 2 opens a quote that is never closed: the input ends inside it (is the file truncated?)"));
    }

    @Test
    void anUnterminatedQuoteInTheFirstCellOfARowIsLocatedOnThatRow() {
        String csv = PROGRAM_HEADER + GOOD_ROW + "\"P1,Title,6,LO2,text,skill\n";

        assertThat(programProblems(csv)).containsExactly(problem(3, 1, Reason.TRUNCATED,
                "cell 1 opens a quote that is never closed: the input ends inside it (is the file truncated?)"));
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAndStopsTheRead() {
        String csv = PROGRAM_HEADER + "P1,\"Title\"x,6,LO1,text,skill\n" + "P1,Title,6,LO1,dup,skill\n";

        List<ReadProblem> problems = programProblems(csv);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location()).isEqualTo(Location.at("t.csv", 2, 2));
        assertThat(problems.get(0).reason()).isEqualTo(Reason.MALFORMED_SYNTAX);
        assertThat(problems.get(0).message()).startsWith("malformed CSV in cell 2: Unexpected character ('x'")
                .endsWith("; reading stopped");
    }

    @Test
    void everyMissingRequiredColumnIsReportedAtLineOne() {
        String csv = "program_id,program_level,outcome_id,outcome_text\n" + "P1,6,LO1,text\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(1, 0, Reason.MISSING_FIELD, "the header has no column 'program_title'; required columns"
                        + " are program_id,program_title,outcome_id,outcome_text,outcome_category"),
                problem(1, 0, Reason.MISSING_FIELD, "the header has no column 'outcome_category'; required columns"
                        + " are program_id,program_title,outcome_id,outcome_text,outcome_category"));
    }

    @Test
    void aFileWithoutAHeaderIsMissingItsColumns() {
        List<ReadProblem> problems = programProblems(GOOD_ROW + GOOD_ROW);

        assertThat(problems).hasSize(5).allSatisfy(p -> {
            assertThat(p.reason()).isEqualTo(Reason.MISSING_FIELD);
            assertThat(p.location()).isEqualTo(Location.at("t.csv", 1, 0));
        });
        assertThat(problems.get(0).message()).startsWith("the header has no column 'program_id'");
    }

    @Test
    void aRepeatedColumnNameIsADuplicate() {
        String csv = PROGRAM_HEADER.strip() + ",Program_ID\n" + "P1,Title,6,LO1,text,skill,P1\n";

        assertThat(programProblems(csv)).containsExactly(problem(1, 7, Reason.DUPLICATE,
                "column 'program_id' appears twice in the header, as columns 1 and 7"));
    }

    @Test
    void anEmptyRequiredCellIsAMissingField() {
        String csv = PROGRAM_HEADER + "P1,Title,6,LO1,  ,knowledge\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(2, 5, Reason.MISSING_FIELD, "outcome_text is required, but the cell is empty"));
    }

    @Test
    void anUnknownCategoryListsTheAllowedValues() {
        String csv = PROGRAM_HEADER + "P1,Title,6,LO1,text,skil\n";

        assertThat(programProblems(csv)).containsExactly(problem(2, 6, Reason.UNKNOWN_VALUE,
                "outcome_category: 'skil' is not valid: must be one of knowledge, skill, ability, competence,"
                        + " or a category name"));
    }

    @Test
    void badLevelsAreRejectedWithTheReason() {
        String csv = PROGRAM_HEADER
                + "P1,Title,9,LO1,text,skill\n"
                + "P2,Title,six,LO1,text,skill\n"
                + "P3,Title,6.0,LO1,text,skill\n"
                + "P4,Title,0,LO1,text,skill\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(2, 3, Reason.INVALID_VALUE, "program_level: '9' is not valid: level 9 is not a level of"
                        + " kz-nqf:2025 (its levels are 1, 2, 3, 4, 5, 6, 7, 8)"),
                problem(3, 3, Reason.WRONG_TYPE, "program_level: 'six' is not valid: must be a level number such"
                        + " as 6, or a level and a sector sub-level such as 6.2"),
                problem(4, 3, Reason.INVALID_VALUE, "program_level: '6.0' is not valid: the sub-level after '.'"
                        + " must be a number 1–99 without leading zeros"),
                problem(5, 3, Reason.DANGLING_REFERENCE, "program_level: '0' is not valid: level 0 is not a level of"
                        + " kz-nqf:2025 (its levels are 1, 2, 3, 4, 5, 6, 7, 8)"));
    }

    @Test
    void aLevelWithASectorSubLevelIsALevelNotADecimal() {
        // Level's contract: "6.25" is level 6, sector sub-level 25 (sectoral frameworks build on the NQF)
        List<EducationalProgram> read = programs(PROGRAM_HEADER + "P1,Title,6.25,LO1,text,skill\n");

        assertThat(read.get(0).level()).isEqualTo(LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(6, 25)));
    }

    @Test
    void levelsOfAFrameworkThatIsNotBundledAreCheckedOnlyByTheModel() {
        TabularOptions custom = TabularOptions.DEFAULTS.withLevelFramework(FrameworkRef.parse("ru-ps:2012"));

        assertThat(programs(PROGRAM_HEADER + "P1,Title,0,LO1,text,skill\n", custom).get(0).level())
                .isEqualTo(LevelRef.of(FrameworkRef.parse("ru-ps:2012"), Level.of(0)));
        assertThat(programProblems(PROGRAM_HEADER + "P1,Title,9,LO1,text,skill\n", custom)).containsExactly(
                problem(2, 3, Reason.INVALID_VALUE, "program_level: '9' is not valid: must be between 0 and 8"));
    }

    @Test
    void badWeightsAreWrongTypeOrInvalid() {
        String csv = STANDARD_HEADER
                + "S1,Title,6,R1,text,skill,heavy\n"
                + "S1,Title,6,R2,text,skill,-1\n"
                + "S1,Title,6,R3,text,skill,NaN\n"
                + "S1,Title,6,R4,text,skill,0\n"
                + "S1,Title,6,R5,text,skill,1000.5\n"
                + "S1,Title,6,R6,text,skill,1.0d\n";

        assertThat(standardProblems(csv)).containsExactly(
                problem(2, 7, Reason.WRONG_TYPE, "requirement_weight: 'heavy' is not valid: must be a decimal"
                        + " number such as 1.0 or 0.5"),
                problem(3, 7, Reason.INVALID_VALUE, "requirement_weight: '-1' is not valid: must be greater"
                        + " than 0 and at most 1000"),
                problem(4, 7, Reason.WRONG_TYPE, "requirement_weight: 'NaN' is not valid: must be a decimal"
                        + " number such as 1.0 or 0.5"),
                problem(5, 7, Reason.INVALID_VALUE, "requirement_weight: '0' is not valid: must be greater"
                        + " than 0 and at most 1000"),
                problem(6, 7, Reason.INVALID_VALUE, "requirement_weight: '1000.5' is not valid: must be greater"
                        + " than 0 and at most 1000"),
                problem(7, 7, Reason.WRONG_TYPE, "requirement_weight: '1.0d' is not valid: must be a decimal"
                        + " number such as 1.0 or 0.5"));
    }

    @Test
    void weightAndEssentialMayBeAbsentOrEmpty() {
        String noWeight = "standard_id,standard_title,standard_level,requirement_id,requirement_text,requirement_category\n"
                + "S1,Title,,R1,text,skill\n";
        String emptyWeight = STANDARD_HEADER + "S1,Title,,R1,text,skill,\n";

        assertThat(standards(noWeight).get(0).requirements().get(0).weight()).isEqualTo(1.0);
        assertThat(standards(emptyWeight).get(0).requirements().get(0).weight()).isEqualTo(1.0);
        assertThat(standards(emptyWeight).get(0).requirements().get(0).essential()).isFalse();
        assertThat(standards(noWeight).get(0).professionCards().get(0).level()).isNull();
    }

    @Test
    void aBadEssentialFlagIsTheWrongType() {
        String csv = STANDARD_HEADER.strip() + ",requirement_essential\n"
                + "S1,Title,6,R1,text,skill,1.0,YES\n"
                + "S1,Title,6,R2,text,skill,1.0,maybe\n";

        assertThat(standardProblems(csv)).containsExactly(problem(3, 8, Reason.WRONG_TYPE,
                "requirement_essential: 'maybe' is not valid: must be one of true, false, 1, 0, yes, no"));
    }

    @Test
    void aBadConceptUriIsInvalid() {
        String csv = PROGRAM_HEADER.strip() + ",outcome_concepts\n"
                + "P1,Title,6,LO1,text,skill,http://data.europa.eu/esco/skill/abc relative/path\n"
                + "P1,Title,6,LO2,text,skill,http://[broken\n";

        List<ReadProblem> problems = programProblems(csv);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo(problem(2, 7, Reason.INVALID_VALUE, "outcome_concepts: 'relative/path'"
                + " is not valid: must be an absolute URI with a scheme, such as http://data.europa.eu/esco/skill/…"));
        assertThat(problems.get(1).location()).isEqualTo(Location.at("t.csv", 3, 7));
        assertThat(problems.get(1).reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(problems.get(1).message()).startsWith("outcome_concepts: 'http://[broken' is not valid: is not a URI: ");
    }

    @Test
    void aBadProgramCodeOrLanguageTagIsInvalid() {
        String csv = PROGRAM_HEADER.strip() + ",program_code,language\n"
                + "P1,Title,6,LO1,text,skill,6X06101,en\n"
                + "P2,Title,6,LO1,text,skill,6B06101,not a tag\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(2, 7, Reason.INVALID_VALUE, "program_code: '6X06101' is not valid: the degree letter must"
                        + " be B, M or D (Cyrillic В, М, Д accepted), was X"),
                problem(3, 8, Reason.INVALID_VALUE, "language: 'not a tag' is not valid: is not a well-formed"
                        + " BCP 47 language tag"));
    }

    @Test
    void aRepeatedOutcomeIdWithinAProgramIsADuplicate() {
        String csv = PROGRAM_HEADER + GOOD_ROW + "P2,Other,6,LO1,fine in another program,skill\n"
                + "P1,Title,6,LO1,again,skill\n";

        assertThat(programProblems(csv)).containsExactly(problem(4, 4, Reason.DUPLICATE,
                "duplicate outcome_id 'LO1' in program 'P1': first on line 2"));
    }

    @Test
    void rowsOfOneProgramMustAgreeOnTitleLevelAndCode() {
        String csv = PROGRAM_HEADER.strip() + ",program_code\n"
                + "P1,A,6,LO1,text,skill,6B06101\n"
                + "P2,Other,,LO1,text,skill,\n"
                + "P1,B,6,LO2,text,skill,6B06101\n"
                + "P1,A,,LO3,text,skill,6B06101\n"
                + "P1,A,6,LO4,text,skill,6В06101\n"
                + "P1,A,6,LO5,text,skill,6B06102\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(4, 2, Reason.DUPLICATE, "conflicting program_title for program 'P1': 'A' on line 2, 'B' on line 4"),
                problem(5, 3, Reason.DUPLICATE, "conflicting program_level for program 'P1': '6' on line 2, (empty) on line 5"),
                problem(7, 7, Reason.DUPLICATE,
                        "conflicting program_code for program 'P1': '6B06101' on line 2, '6B06102' on line 7"));
    }

    @Test
    void aTitleInAnotherLanguageConflictsAndTheMessageSaysSo() {
        String csv = PROGRAM_HEADER.strip() + ",language\n"
                + "P1,Title,6,LO1,text,skill,\n"
                + "P1,Title,6,LO2,text,skill,ru\n";

        assertThat(programProblems(csv)).containsExactly(problem(3, 2, Reason.DUPLICATE,
                "conflicting program_title for program 'P1': 'Title' on line 2, 'Title' (ru) on line 3"));
    }

    @Test
    void rowsOfOneStandardMustAgreeOnTitleAndHaveDistinctRequirementIds() {
        String csv = STANDARD_HEADER
                + "S1,Title,6,R1,text,skill,1.0\n"
                + "S1,Other title,6,R2,text,skill,1.0\n"
                + "S1,Title,7,R1,text,skill,1.0\n";

        assertThat(standardProblems(csv)).containsExactly(
                problem(3, 2, Reason.DUPLICATE,
                        "conflicting standard_title for standard 'S1': 'Title' on line 2, 'Other title' on line 3"),
                problem(4, 4, Reason.DUPLICATE, "duplicate requirement_id 'R1' in standard 'S1': first on line 2"));
    }

    @Test
    void aStandardIdLongerThanAPassportCodeIsInvalid() {
        String id = "S".repeat(65);
        String csv = STANDARD_HEADER + id + ",Title,6,R1,text,skill,1.0\n" + id + ",Title,6,R2,text,skill,1.0\n";

        assertThat(standardProblems(csv)).containsExactly(problem(2, 1, Reason.INVALID_VALUE,
                "standard_id: '" + id + "' is not valid: must be at most 64 characters"));
    }

    @Test
    void anOversizeCellIsRefusedBeforeItIsHeld() {
        TabularOptions small = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(20));
        String csv = PROGRAM_HEADER + GOOD_ROW + "P1,Title,6,LO2,\"" + "x".repeat(10_000) + "\",skill\n";

        assertThat(programProblems(csv, small)).containsExactly(problem(3, 5, Reason.LIMIT_EXCEEDED,
                "cell 5 is longer than the limit of 20 characters (ReadLimits.maxStringLength); reading stopped"));
    }

    @Test
    void moreRecordsThanTheLimitStopTheRead() {
        TabularOptions two = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxRecords(2));
        String twoRows = PROGRAM_HEADER + GOOD_ROW + "P1,Title,6,LO2,text,skill\n";

        assertThat(programs(twoRows, two)).hasSize(1);
        assertThat(programProblems(twoRows + "P1,Title,6,LO3,text,skill\n" + "P1,Title,6,LO4,text,skil\n", two))
                .containsExactly(problem(4, 0, Reason.LIMIT_EXCEEDED,
                        "more than 2 records (ReadLimits.maxRecords); reading stopped"));
    }

    @Test
    void moreCharactersThanTheLimitStopTheRead() {
        TabularOptions small = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxBytes(100));
        String csv = PROGRAM_HEADER + GOOD_ROW.repeat(10);

        List<ReadProblem> problems = programProblems(csv, small);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(problems.get(0).message())
                .isEqualTo("the input is larger than the limit of 100 characters (ReadLimits.maxBytes); reading stopped");
    }

    @Test
    void moreBytesThanTheLimitStopTheReadOfAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder(PROGRAM_HEADER);
        for (int i = 1; i <= 20; i++) {
            csv.append("P1,Программа,6,LO").append(i).append(",Знает,knowledge\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        TabularOptions small = TabularOptions.DEFAULTS.withLimits(
                ReadLimits.DEFAULTS.withMaxBytes(Files.size(file) - 1));

        List<ReadProblem> problems = Tables.problems(() -> TabularFormat.csv().withOptions(small).readPrograms(file));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(p.location().source()).isEqualTo("big.csv");
            assertThat(p.message()).isEqualTo("the input is larger than the limit of " + (Files.size(file) - 1)
                    + " bytes (ReadLimits.maxBytes); reading stopped");
        });
        assertThat(TabularFormat.csv().withOptions(TabularOptions.DEFAULTS.withLimits(
                ReadLimits.DEFAULTS.withMaxBytes(Files.size(file)))).readPrograms(file)).hasSize(1);
    }

    @Test
    void aFileThatIsNotUtf8IsMalformed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.writeString(file, PROGRAM_HEADER + "P1,Caf\u00e9,6,LO1,text,skill\n", StandardCharsets.ISO_8859_1);

        List<ReadProblem> problems = Tables.problems(() -> TabularFormat.csv().readPrograms(file));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.MALFORMED_SYNTAX);
            assertThat(p.message()).startsWith("the input is not valid UTF-8");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedEvenFarIntoAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        StringBuilder csv = new StringBuilder(PROGRAM_HEADER);
        for (int i = 1; i <= 400; i++) {
            csv.append("P1,Title,6,LO").append(i).append(",text,skill\n");
        }
        csv.append("P1,Title,6,LO401,Caf\u00e9 culture,skill\n");
        Files.write(file, csv.toString().getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Tables.problems(() -> TabularFormat.csv().readPrograms(file))).containsExactly(new ReadProblem(
                Location.at("latin1.csv", 402, 21), Reason.MALFORMED_SYNTAX, "the input is not valid UTF-8: the byte"
                        + " 0xE9 here is not part of a UTF-8 character (save the file as UTF-8); reading stopped"));
    }

    @Test
    void noMessageShowsTheParsersInternals() {
        List<String> bad = List.of(
                PROGRAM_HEADER + "P1,\"Title\"x,6,LO1,text,skill\n",
                PROGRAM_HEADER + "P1,\"Title,6,LO1,text,skill\n",
                PROGRAM_HEADER + "P1,Title,6,LO1,text\n",
                PROGRAM_HEADER + "P1,Title,six,LO1,text,skil\n",
                "\"a\"b\"\n",
                STANDARD_HEADER + "S1,Title,6,R1,text,skill,1e400\n");

        for (String csv : bad) {
            assertThat(programProblems(csv)).allSatisfy(NativeDocs::readable);
            assertThat(standardProblems(csv)).allSatisfy(NativeDocs::readable);
        }
    }

    @Test
    void severalBadRowsAreAllReportedInLineOrder() {
        String csv = PROGRAM_HEADER
                + GOOD_ROW
                + "P1,Title,6,LO2,text,skil\n"
                + "P1,Title,6,LO3,fine,skill\n"
                + "P1,,6,LO4,text,skill\n"
                + "P1,Title,6,LO5,text,ability\n"
                + "P1,Title,6,LO6\n";

        assertThat(programProblems(csv)).containsExactly(
                problem(3, 6, Reason.UNKNOWN_VALUE, "outcome_category: 'skil' is not valid: must be one of"
                        + " knowledge, skill, ability, competence, or a category name"),
                problem(5, 2, Reason.MISSING_FIELD, "program_title is required, but the cell is empty"),
                problem(7, 5, Reason.MALFORMED_SYNTAX, "the row has 4 cells but the header has 6 columns"));
    }

    @Test
    void everyProblemOfOneRowIsReported() {
        String csv = PROGRAM_HEADER + ",Title,9,,text,skil\n";

        assertThat(programProblems(csv)).extracting(p -> p.location().column(), ReadProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Reason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(3L, Reason.INVALID_VALUE),
                org.assertj.core.groups.Tuple.tuple(4L, Reason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(6L, Reason.UNKNOWN_VALUE));
    }

    @Test
    void problemsStopAtTheLimit() {
        TabularOptions three = TabularOptions.DEFAULTS.withLimits(ReadLimits.DEFAULTS.withMaxProblems(3));
        StringBuilder csv = new StringBuilder(PROGRAM_HEADER);
        for (int i = 1; i <= 10; i++) {
            csv.append("P1,Title,6,LO").append(i).append(",text,skil\n");
        }

        assertThat(programProblems(csv.toString(), three)).hasSize(3).extracting(p -> p.location().line())
                .containsExactly(2L, 3L, 4L);
    }

    @Test
    void bomReorderedColumnsQuotedNewlinesAndUnknownColumnsReadCorrectly() {
        String csv = "\uFEFF Outcome_Text ,outcome_id,Comment,PROGRAM_ID,outcome_category,program_title,program_level\r\n"
                + "\"Designs, builds \"\"and\"\"\ntests\nsoftware\",LO1,ignored,P1,skill,\"Software, engineering\",6\r\n"
                + "\r\n"
                + "Writes docs,LO2,,P1,competence,\"Software, engineering\",6\r\n"
                + "Knows,LO1,,P2,knowledge,Other,\r\n";

        List<EducationalProgram> read = programs(csv);

        assertThat(read).hasSize(2);
        EducationalProgram p1 = read.get(0);
        assertThat(p1.id()).isEqualTo("P1");
        assertThat(p1.title()).isEqualTo(MultilingualText.of("und", "Software, engineering"));
        assertThat(p1.level()).isEqualTo(LevelRef.of(FrameworkRef.KZ_NQF_2025, Level.of(6)));
        assertThat(p1.outcomes()).extracting(o -> o.statement().get("und").orElseThrow())
                .containsExactly("Designs, builds \"and\"\ntests\nsoftware", "Writes docs");
        assertThat(p1.outcomes()).extracting(o -> o.category())
                .containsExactly(DescriptorCategory.KZ_SKILLS, DescriptorCategory.KZ_PERSONAL_AND_PROFESSIONAL_COMPETENCIES);
        assertThat(read.get(1).level()).isNull();

        // the same file with a bad row after the quoted newlines (lines 2-4) and the blank line 5
        String bad = csv + "Bad,LO3,,P2,skil,Other,\r\n";
        assertThat(programProblems(bad)).containsExactly(problem(8, 5, Reason.UNKNOWN_VALUE,
                "outcome_category: 'skil' is not valid: must be one of knowledge, skill, ability, competence,"
                        + " or a category name"));
    }

    @Test
    void rowsOfAProgramNeedNotBeConsecutive() {
        String csv = PROGRAM_HEADER + "P2,Two,,LO1,a,skill\n" + "P1,One,,LO1,b,skill\n" + "P2,Two,,LO2,c,skill\n";

        List<EducationalProgram> read = programs(csv);

        assertThat(read).extracting(EducationalProgram::id).containsExactly("P2", "P1");
        assertThat(read.get(0).outcomes()).extracting(o -> o.id()).containsExactly("LO1", "LO2");
    }

    @Test
    void aHashIsDataNotAComment() {
        List<EducationalProgram> read = programs(PROGRAM_HEADER + "#P1,# Title,,LO1,# text,skill\n");

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("#P1");
            assertThat(p.title()).isEqualTo(MultilingualText.of("und", "# Title"));
        });
    }

    @Test
    void anEmptyInputHasNoHeader() {
        String expected = "the input is empty: expected a header row with the columns"
                + " program_id,program_title,outcome_id,outcome_text,outcome_category";

        assertThat(programProblems("")).containsExactly(problem(1, 0, Reason.MISSING_FIELD, expected));
        assertThat(programProblems("\uFEFF\n\r\n  \n")).containsExactly(problem(1, 0, Reason.MISSING_FIELD, expected));
    }

    @Test
    void aHeaderOnlyInputHasNoValues() {
        assertThat(programs(PROGRAM_HEADER)).isEmpty();
        assertThat(standards(STANDARD_HEADER.strip())).isEmpty();
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");

        assertThat(Tables.problems(() -> TabularFormat.csv().readPrograms(missing))).containsExactly(new ReadProblem(
                Location.document("nope.csv"), Reason.IO_ERROR, "cannot read " + missing + ": no such file"));
        assertThat(Tables.problems(() -> TabularFormat.csv().readStandards(missing)))
                .singleElement().extracting(ReadProblem::reason).isEqualTo(Reason.IO_ERROR);
    }

    @Test
    void theExceptionMessageListsTheProblemsWithTheirLocations() {
        assertThatThrownBy(() -> programs(PROGRAM_HEADER + "P1,Title,6,LO1,text,skil\n"))
                .isInstanceOf(ReadException.class)
                .hasMessage("t.csv:2:6: outcome_category: 'skil' is not valid: must be one of knowledge, skill,"
                        + " ability, competence, or a category name");
    }

    @Test
    void theCallersReaderIsNotClosed() throws IOException {
        StringReader in = new StringReader(PROGRAM_HEADER + GOOD_ROW);

        TabularFormat.csv().readPrograms(in, "t.csv");

        assertThat(in.ready()).isTrue();
    }
}

package io.github.opennqf.io;

import static io.github.opennqf.io.NativeDocs.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.ReadProblem.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in a JSON-lines stream of applicants: every bad line is reported with the file's line
 * number, its column and JSON pointer, the good lines are still delivered in order, and the call
 * ends with a ReadException whenever a line was bad.
 */
class JsonLinesBadInputTest {
    private static final String SOURCE = "a.jsonl";
    private static final String DIPLOMA = "{\"id\":\"A1\",\"name\":\"Aru\",\"evidence\":[{\"kind\":\"diploma\",\"id\":\"D1\","
            + "\"programId\":\"6B06101\",\"verification\":\"VERIFIED\"}]}";
    private static final String PLAIN = "{\"id\":\"A2\"}";
    private static final String RECOGNITION = "{\"id\":\"A3\",\"evidence\":[{\"kind\":\"recognition-result\",\"id\":\"R1\","
            + "\"standardCode\":\"S\",\"professionCardId\":\"C\",\"level\":\"kz-nqf:2025/5\",\"assessedOn\":\"2024-01-02\","
            + "\"verification\":\"VERIFIED\"}]}";

    private final List<String> delivered = new ArrayList<>();

    private long read(JsonLines lines, String text) {
        return lines.read(new StringReader(text), SOURCE, a -> delivered.add(a.id()));
    }

    private List<ReadProblem> problems(String text) {
        return problems(JsonLines.applicants(), text);
    }

    private List<ReadProblem> problems(JsonLines lines, String text) {
        return problemsOf(() -> read(lines, text));
    }

    /** The column of {@code token} in {@code line}, from 1; its last occurrence when {@code last}. */
    private static long column(String line, String token, boolean last) {
        int at = last ? line.lastIndexOf(token) : line.indexOf(token);
        assertThat(at).as("'%s' in '%s'", token, line).isNotNegative();
        return at + 1;
    }

    private static long column(String line, String token) {
        return column(line, token, false);
    }

    private static ReadProblem problem(long line, long column, String pointer, Reason reason, String message) {
        return new ReadProblem(new Location(SOURCE, line, column, pointer), reason, message);
    }

    @Test
    void goodLinesAreDeliveredInOrder() {
        assertThat(read(JsonLines.applicants(), DIPLOMA + "\n" + PLAIN + "\n" + RECOGNITION + "\n")).isEqualTo(3);
        assertThat(delivered).containsExactly("A1", "A2", "A3");
    }

    @Test
    void aBadLineInTheMiddleIsReportedWithTheFilesLineNumberAfterTheGoodLinesAreDelivered() {
        String text = DIPLOMA + "\n" + "{\"id\": 5}" + "\n" + PLAIN + "\n";

        assertThat(problems(text)).containsExactly(problem(2, 8, "/id", Reason.WRONG_TYPE,
                "expected an identifier (a non-blank string), found the number 5"));
        assertThat(delivered).containsExactly("A1", "A2");
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        String bad = "{\"id\":\"A9\",\"nmae\":\"x\"}";
        String text = DIPLOMA + "\n\n   \n\t\n" + bad + "\r\n" + PLAIN;

        assertThat(problems(text)).containsExactly(problem(5, column(bad, "\"x\""), "/nmae", Reason.UNKNOWN_FIELD,
                "unknown field 'nmae' in an applicant; did you mean 'name'?"));
        assertThat(delivered).containsExactly("A1", "A2");
        delivered.clear();
        assertThat(read(JsonLines.applicants(), "\n" + DIPLOMA + "\r\n\r\n" + PLAIN + "\n\n")).isEqualTo(2);
    }

    @Test
    void malformedSyntaxIsLocatedOnItsLine() {
        String bad = "{\"id\" \"A9\"}";
        String text = DIPLOMA + "\n" + bad + "\n" + PLAIN + "\n";

        assertThat(problems(text)).containsExactly(problem(2, column(bad, "\"A9\""), "", Reason.MALFORMED_SYNTAX,
                "unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value"));
        assertThat(delivered).containsExactly("A1", "A2");
    }

    @Test
    void anObjectSplitOverTwoLinesIsTruncatedOnTheFirst() {
        List<ReadProblem> problems = problems("{\"id\":\n\"A1\"}\n" + PLAIN);

        assertThat(problems).extracting(p -> p.location().line(), ReadProblem::reason)
                .containsExactly(tuple(1L, Reason.TRUNCATED), tuple(2L, Reason.MALFORMED_SYNTAX));
        assertThat(problems.get(0).message()).isEqualTo("the input ends in the middle of the document (is the file"
                + " truncated?)");
        assertThat(delivered).containsExactly("A2");
    }

    @Test
    void aTruncatedLastLineIsTruncated() {
        String text = DIPLOMA + "\n" + PLAIN + "\n" + RECOGNITION.substring(0, 40);

        // cut inside the string "recognition-result": located at the end, in that string
        assertThat(problems(text)).containsExactly(problem(3, 41, "/evidence/0/kind", Reason.TRUNCATED,
                "the input ends in the middle of the document (is the file truncated?)"));
        assertThat(delivered).containsExactly("A1", "A2");
    }

    @Test
    void contentAfterTheObjectIsMalformed() {
        assertThat(problems(PLAIN + " {}\n")).containsExactly(problem(1, 13, null, Reason.MALFORMED_SYNTAX,
                "unexpected content after the applicant; a JSON-lines file holds one object per line"));
        assertThat(problems("[" + PLAIN + "]\n")).containsExactly(problem(1, 1, "", Reason.WRONG_TYPE,
                "expected an applicant (a JSON object), found a list"));
    }

    @Test
    void aWrongTypeAMissingFieldAndAnUnknownKindAreReportedPerLine() {
        String first = "{\"id\":\"A1\",\"evidence\":{}}";
        String third = "{\"id\":\"A3\",\"evidence\":[{\"kind\":\"diplom\"}]}";
        String text = first + "\n" + "{\"name\":\"No id\"}\n" + third + "\n";

        assertThat(problems(text)).containsExactly(
                problem(1, column(first, "{}"), "/evidence", Reason.WRONG_TYPE,
                        "expected a list of evidence of a qualification (a JSON array), found an object"),
                problem(2, 1, "/id", Reason.MISSING_FIELD,
                        "missing required field 'id' (an identifier (a non-blank string)) in an applicant"),
                problem(3, column(third, "\"diplom\""), "/evidence/0/kind", Reason.UNKNOWN_VALUE, "unknown kind of evidence of a qualification"
                        + " 'diplom'; expected one of diploma, course-certificate, work-experience, recognition-result,"
                        + " verified-skill"));
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        String text = DIPLOMA.replace("VERIFIED", "CHECKED") + "\n";

        assertThat(problems(text)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.UNKNOWN_VALUE);
            assertThat(p.location().jsonPointer()).isEqualTo("/evidence/0/verification");
            assertThat(p.message()).startsWith("unknown verification status 'CHECKED'; expected one of ");
        });
    }

    @Test
    void levelsOfUnknownFrameworksOrMissingLevelsAreDanglingReferences() {
        String text = RECOGNITION.replace("kz-nqf:2025/5", "kz-nqf:2025/0") + "\n"
                + RECOGNITION.replace("kz-nqf:2025/5", "zz-nqf:2025/5") + "\n";
        long level = column(RECOGNITION, "\"kz-nqf");

        assertThat(problems(text)).containsExactly(
                problem(1, level, "/evidence/0/level", Reason.DANGLING_REFERENCE,
                        "framework kz-nqf:2025 has no level 0; its levels are [1, 2, 3, 4, 5, 6, 7, 8]"),
                problem(2, level, "/evidence/0/level", Reason.DANGLING_REFERENCE, "unknown framework 'zz-nqf:2025';"
                        + " known: eqf:2017, isced:2011, kz-nqf:2025 (other frameworks can be registered with"
                        + " NativeFormat.withFrameworks)"));
    }

    @Test
    void repeatedKeysAndRepeatedEvidenceIdsAreDuplicates() {
        String evidence = "{\"kind\":\"diploma\",\"id\":\"D1\",\"programId\":\"P\",\"verification\":\"VERIFIED\"}";
        String twice = "{\"id\":\"A\",\"evidence\":[" + evidence + "," + evidence + "]}";
        String text = "{\"id\":\"A\",\"id\":\"B\"}\n" + twice + "\n";

        assertThat(problems(text)).containsExactly(
                problem(1, 11, "/id", Reason.DUPLICATE, "field 'id' appears twice in the same object"),
                problem(2, column(twice, "\"D1\"", true), "/evidence/1/id", Reason.DUPLICATE, "duplicate evidence id 'D1', also used by evidence[0]"));
    }

    @Test
    void threeProblemsOfOneLineAreAllReported() {
        assertThat(problems("{\"nmae\":1,\"evidence\":5,\"extra\":true}\n"))
                .extracting(ReadProblem::reason, p -> p.location().jsonPointer()).containsExactly(
                        tuple(Reason.MISSING_FIELD, "/id"),
                        tuple(Reason.UNKNOWN_FIELD, "/nmae"),
                        tuple(Reason.WRONG_TYPE, "/evidence"),
                        tuple(Reason.UNKNOWN_FIELD, "/extra"));
    }

    @Test
    void theRecordLimitStopsTheStreamAtTheFirstLineOverIt() {
        JsonLines two = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxRecords(2));
        String text = DIPLOMA + "\n" + PLAIN + "\n\n" + RECOGNITION + "\n" + PLAIN + "\n";

        assertThat(problems(two, text)).containsExactly(problem(4, 0, null, Reason.LIMIT_EXCEEDED,
                "more than 2 records (ReadLimits.maxRecords); reading stopped"));
        assertThat(delivered).containsExactly("A1", "A2");
    }

    @Test
    void theSizeLimitStopsTheStream() {
        JsonLines small = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxBytes(50));

        assertThat(problems(small, (PLAIN + "\n").repeat(10))).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo("the input is larger than the limit of 50 characters"
                    + " (ReadLimits.maxBytes); reading stopped");
        });
    }

    @Test
    void aLongStringFailsItsLineOnly() {
        JsonLines tight = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxStringLength(10));
        String text = "{\"id\":\"" + "x".repeat(50) + "\"}\n" + "{\"id\":\"" + "x".repeat(11) + "\"}\n" + PLAIN + "\n";
        String message = "a string is longer than the limit of 10 characters (ReadLimits.maxStringLength); reading stopped";

        assertThat(problems(tight, text)).containsExactly(
                problem(1, 7, "/id", Reason.LIMIT_EXCEEDED, message),
                problem(2, 7, "/id", Reason.LIMIT_EXCEEDED, message));
        assertThat(delivered).containsExactly("A2");
    }

    @Test
    void deepNestingFailsItsLineOnly() {
        JsonLines shallow = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxDepth(2));

        assertThat(problems(shallow, DIPLOMA + "\n" + PLAIN + "\n")).containsExactly(problem(1,
                column(DIPLOMA, "{\"kind\""), "/evidence/0", Reason.LIMIT_EXCEEDED, "the document nests objects and"
                        + " arrays deeper than the limit of 2 (ReadLimits.maxDepth); reading stopped"));
        assertThat(delivered).containsExactly("A2");
    }

    @Test
    void maxProblemsStopsTheStream() {
        JsonLines two = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxProblems(2));

        assertThat(problems(two, "{}\n{}\n{}\n" + PLAIN + "\n")).extracting(p -> p.location().line())
                .containsExactly(1L, 2L);
        assertThat(delivered).isEmpty();
    }

    @Test
    void hugeAndAbsurdNumbersAreRefusedOnTheirLine() {
        String certificate = "{\"id\":\"A\",\"evidence\":[{\"kind\":\"course-certificate\",\"id\":\"C\",\"provider\":\"P\","
                + "\"title\":{\"en\":\"t\"},\"hours\":%s,\"issuedOn\":\"2020-01-01\",\"verification\":\"VERIFIED\"}]}\n";

        assertThat(problems(String.format(certificate, "1e-999999999") + String.format(certificate, "9".repeat(2_000))))
                .extracting(p -> p.location().line(), ReadProblem::reason, p -> p.location().jsonPointer())
                .containsExactly(
                        tuple(1L, Reason.LIMIT_EXCEEDED, "/evidence/0/hours"),
                        tuple(2L, Reason.LIMIT_EXCEEDED, "/evidence/0"));
    }

    @Test
    void anEmptyStreamHasNoApplicants() {
        assertThat(read(JsonLines.applicants(), "")).isZero();
        assertThat(read(JsonLines.applicants(), "\n  \n")).isZero();
        assertThat(read(JsonLines.applicants(), "\uFEFF" + PLAIN)).isEqualTo(1);
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedAfterTheGoodLinesBeforeThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(SOURCE);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(PLAIN.replace("A2", "A" + i)).append('\n');
        }
        text.append("{\"id\":\"Caf\u00e9\"}\n").append(PLAIN).append('\n');
        Files.write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));

        List<ReadProblem> problems = problemsOf(() -> JsonLines.applicants().read(file, a -> delivered.add(a.id())));

        assertThat(problems).containsExactly(problem(501, 11, null, Reason.MALFORMED_SYNTAX,
                "the input is not valid UTF-8: the byte 0xE9 here is not part of a UTF-8 character (save the file as"
                        + " UTF-8)"));
        assertThat(delivered).hasSize(500);
    }

    @Test
    void aFileIsCountedInBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(SOURCE);
        Files.writeString(file, "{\"id\":\"Айгерим\"}\n", StandardCharsets.UTF_8);
        long size = Files.size(file);
        JsonLines limited = JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxBytes(size - 1));

        assertThat(problemsOf(() -> limited.read(file, a -> delivered.add(a.id())))).singleElement()
                .extracting(ReadProblem::message).isEqualTo("the input is larger than the limit of " + (size - 1)
                        + " bytes (ReadLimits.maxBytes); reading stopped");
        assertThat(JsonLines.applicants().withLimits(ReadLimits.DEFAULTS.withMaxBytes(size))
                .read(file, (ApplicantProfile a) -> delivered.add(a.id()))).isEqualTo(1);
    }
}

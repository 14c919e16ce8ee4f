package io.github.opennqf.io;

import static io.github.opennqf.io.NativeDocs.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.program.EducationalProgram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input matrix of the native JSON and YAML readers: each kind of bad input gets a
 * ReadException (never a partial result) whose problems have the right reason, line, column, JSON
 * pointer and a message a person can act on, free of the parser's internals. Cases that both
 * syntaxes share run on the same document written in each.
 */
class NativeFormatBadInputTest {

    static Stream<NativeDocs> syntaxes() {
        return Stream.of(NativeDocs.json(), NativeDocs.yaml());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void theFixtureReads(NativeDocs doc) {
        List<EducationalProgram> programs = doc.format().readString(doc.text(), DocumentType.PROGRAMS);

        assertThat(programs).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("P1");
            assertThat(p.modules()).singleElement().satisfies(m -> assertThat(m.outcomeIds()).containsExactly("LO1"));
        });
    }

    // ---- the matrix: syntax, type, field, enum, reference, size, truncation ---------------------

    @Test
    void jsonMalformedSyntaxIsLocatedInTheObjectBeingRead() {
        NativeDocs doc = NativeDocs.json().replace("\"title\": {\"en\": \"Software engineering\"},",
                "\"title\": {\"en\": \"Software engineering\"}");

        assertThat(doc.problems()).containsExactly(doc.problem(doc.at("\"level\"", "/programs/0"),
                Reason.MALFORMED_SYNTAX, "unexpected character ('\"' (code 34)): was expecting comma to separate"
                        + " Object entries"));
    }

    @Test
    void yamlMalformedSyntaxSaysWhatWasExpectedAndWhile() {
        NativeDocs doc = NativeDocs.yaml().replace("  en: \"Software engineering\"", "  en: [\"Software engineering\"");

        assertThat(doc.problems()).containsExactly(doc.problem(doc.at("\"Software engineering\"", 22,
                "/programs/0/title/en"), Reason.MALFORMED_SYNTAX,
                "expected ',' or ']', but got <scalar> (while parsing a flow sequence)"));
    }

    @Test
    void yamlTabIndentationIsMalformed() {
        NativeDocs doc = NativeDocs.yaml().replace("\ntype:", "\n\ttype:");

        // SnakeYAML places the problem at the line break before the tab, between the root's values
        assertThat(doc.problems()).containsExactly(doc.problem(doc.at("\n\ttype", ""),
                Reason.MALFORMED_SYNTAX, "found character '\\t(TAB)' that cannot start any token. (Do not use"
                        + " \\t(TAB) for indentation) (while scanning for the next token)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aWrongTypeNamesWhatWasExpectedAndFound(NativeDocs doc) {
        NativeDocs bad = doc.replace("240", "\"many\"");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"many\"", "/programs/0/credits/amount"),
                Reason.WRONG_TYPE, "expected a number, found the string \"many\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aMissingRequiredFieldIsLocatedAtItsObject(NativeDocs doc) {
        NativeDocs bad = doc.replace(doc.key("id") + " \"M1\"", doc.key("code") + " \"M1\"");
        String id = "/programs/0/modules/0/id";
        Location module = bad.isJson() ? new Location("t.json", 11, 9, id) : bad.at("code:", id);

        // a missing field is located where its object starts, a field at its value
        assertThat(bad.problems()).containsExactly(
                bad.problem(module, Reason.MISSING_FIELD,
                        "missing required field 'id' (an identifier (a non-blank string)) in a program module"),
                bad.problem(bad.at("\"M1\"", "/programs/0/modules/0/code"), Reason.UNKNOWN_FIELD,
                        "unknown field 'code' in a program module; known fields: id, title, credits, outcomeIds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anUnknownEnumValueListsTheKnownOnes(NativeDocs doc) {
        NativeDocs bad = doc.replace("\"skill\"", "\"skil\"");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"skil\"", "/programs/0/outcomes/0/category"),
                Reason.UNKNOWN_VALUE, "unknown descriptor category 'skil'; expected one of knowledge, ability, skill,"
                        + " skills-and-abilities, competence, eqf-knowledge, eqf-skills, eqf-responsibility-and-autonomy,"
                        + " esco-knowledge, esco-skill-competence"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aModuleOutcomeIdOfAMissingOutcomeIsADanglingReference(NativeDocs doc) {
        NativeDocs bad = doc.replace("\"LO1\"", "\"LO9\"");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"LO9\"", "/programs/0/modules/0/outcomeIds/0"),
                Reason.DANGLING_REFERENCE, "refers to outcome 'LO9', which the program does not have"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aLevelOfAnUnknownFrameworkIsADanglingReference(NativeDocs doc) {
        NativeDocs bad = doc.replace("kz-nqf:2025/6", "ru-nqf:2025/6");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"ru-nqf", "/programs/0/level"),
                Reason.DANGLING_REFERENCE, "unknown framework 'ru-nqf:2025'; known: eqf:2017, isced:2011, kz-nqf:2025"
                        + " (other frameworks can be registered with NativeFormat.withFrameworks)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aLevelTheFrameworkLacksIsADanglingReference(NativeDocs doc) {
        NativeDocs bad = doc.replace("kz-nqf:2025/6", "kz-nqf:2025/0");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"kz-nqf:2025/0", "/programs/0/level"),
                Reason.DANGLING_REFERENCE, "framework kz-nqf:2025 has no level 0; its levels are [1, 2, 3, 4, 5, 6, 7, 8]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aDocumentCutInsideAStringIsTruncated(NativeDocs doc) {
        NativeDocs bad = doc.withText(doc.text().substring(0, doc.text().indexOf("Writes pro") + 10));

        List<ReadProblem> problems = bad.problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.TRUNCATED);
            assertThat(p.message()).isEqualTo("the input ends in the middle of the document (is the file truncated?)");
            assertThat(p.location().line()).isEqualTo(bad.text().lines().count());
            assertThat(p.location().jsonPointer()).isEqualTo("/programs/0/outcomes/0/statement/en");
        });
    }

    @Test
    void aJsonDocumentCutBetweenValuesIsTruncatedInTheInnermostOpenList() {
        NativeDocs doc = NativeDocs.json();
        NativeDocs bad = doc.withText(doc.text().substring(0, doc.text().indexOf("\"outcomes\": [") + 13));

        assertThat(bad.problems()).containsExactly(bad.problem(new Location("t.json", 18, 20, "/programs/0/outcomes"),
                Reason.TRUNCATED, "the input ends in the middle of the document (is the file truncated?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anInputLargerThanMaxBytesStopsTheRead(NativeDocs doc) {
        NativeDocs bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxBytes(100));

        assertThat(bad.problems()).containsExactly(bad.problem(Location.document(doc.source()), Reason.LIMIT_EXCEEDED,
                "the input is larger than the limit of 100 characters (ReadLimits.maxBytes); reading stopped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aStreamIsCountedInBytesNotCharacters(NativeDocs doc) {
        NativeDocs cyrillic = doc.replace("Writes programs", "Пишет программы");
        byte[] bytes = cyrillic.text().getBytes(StandardCharsets.UTF_8);
        NativeFormat limited = doc.format().withLimits(ReadLimits.DEFAULTS.withMaxBytes(bytes.length - 1));

        List<ReadProblem> problems = problemsOf(() -> limited.read(new ByteArrayInputStream(bytes), doc.source(),
                DocumentType.PROGRAMS));

        assertThat(cyrillic.text().length()).isLessThan(bytes.length - 1);
        assertThat(problems).containsExactly(new ReadProblem(Location.document(doc.source()), Reason.LIMIT_EXCEEDED,
                "the input is larger than the limit of " + (bytes.length - 1) + " bytes (ReadLimits.maxBytes);"
                        + " reading stopped"));
        assertThat(doc.format().withLimits(ReadLimits.DEFAULTS.withMaxBytes(bytes.length))
                .read(new ByteArrayInputStream(bytes), doc.source(), DocumentType.PROGRAMS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void nestingDeeperThanMaxDepthStopsAtTheFirstTooDeepValue(NativeDocs doc) {
        NativeDocs bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxDepth(3));

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at(doc.isJson() ? "{\"en\": \"Soft" : "en: \"Soft",
                "/programs/0/title"), Reason.LIMIT_EXCEEDED,
                "the document nests objects and arrays deeper than the limit of 3 (ReadLimits.maxDepth); reading stopped"));
    }

    @Test
    void deeplyNestedArraysStopAtTheLimitWithoutRecursingFurther() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        for (NativeFormat format : List.of(NativeFormat.json(), NativeFormat.yaml())) {
            assertThat(problemsOf(() -> format.readString(deep, DocumentType.PROGRAMS))).singleElement()
                    .satisfies(p -> {
                        assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
                        assertThat(p.location()).isEqualTo(new Location("<string>", 1, 65, "/0".repeat(64)));
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aStringLongerThanMaxStringLengthIsRefusedWhereItStarts(NativeDocs doc) {
        NativeDocs bad = doc.replace("Writes programs", "x".repeat(5_000))
                .withLimits(ReadLimits.DEFAULTS.withMaxStringLength(100));

        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo("a string is longer than the limit of 100 characters"
                    + " (ReadLimits.maxStringLength); reading stopped");
            assertThat(p.location().line()).isEqualTo(bad.at("xxx", "").line());
            assertThat(p.location().jsonPointer()).isEqualTo("/programs/0/outcomes/0/statement/en");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aStringOneOverTheLimitIsRefusedWithTheSameMessage(NativeDocs doc) {
        NativeDocs bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxStringLength("Software engineering".length() - 1));

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"Software", "/programs/0/title/en"),
                Reason.LIMIT_EXCEEDED, "a string is longer than the limit of 19 characters"
                        + " (ReadLimits.maxStringLength); reading stopped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aFieldNameLongerThanMaxStringLengthIsRefused(NativeDocs doc) {
        NativeDocs bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxStringLength(8));

        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo("a field name is longer than the limit of 8 characters"
                    + " (ReadLimits.maxStringLength); reading stopped");
            assertThat(p.location().line()).isEqualTo(doc.at("formatVersion", "").line());
            assertThat(p.location().jsonPointer()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aListLongerThanMaxRecordsIsRefusedAtTheList(NativeDocs doc) {
        NativeDocs bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxRecords(1)).replace("\"LO1\"", "\"LO1\", \"LO1\"");
        if (!doc.isJson()) {
            bad = doc.withLimits(ReadLimits.DEFAULTS.withMaxRecords(1)).replace("- \"LO1\"", "- \"LO1\"\n          - \"LO1\"");
        }

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at(doc.isJson() ? "[\"LO1\"" : "- \"LO1\"",
                "/programs/0/modules/0/outcomeIds"), Reason.LIMIT_EXCEEDED,
                "the list has 2 entries, more than the limit of 1 (ReadLimits.maxRecords)"));
    }

    // ---- every problem at once, and the cap on them --------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void threeIndependentProblemsAreReportedTogetherInInputOrder(NativeDocs doc) {
        NativeDocs bad = doc.replace("240", "\"many\"").replace(doc.key("id") + " \"M1\"", doc.key("code") + " \"M1\"")
                .replace("\"skill\"", "\"skil\"");

        assertThat(bad.problems()).extracting(ReadProblem::reason, p -> p.location().jsonPointer()).containsExactly(
                tuple(Reason.WRONG_TYPE, "/programs/0/credits/amount"),
                tuple(Reason.MISSING_FIELD, "/programs/0/modules/0/id"),
                tuple(Reason.UNKNOWN_FIELD, "/programs/0/modules/0/code"),
                tuple(Reason.UNKNOWN_VALUE, "/programs/0/outcomes/0/category"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void threeValidationProblemsAreReportedTogether(NativeDocs doc) {
        String second = doc.isJson() ? ",\n        {\"id\": \"LO1\", \"category\": \"knowledge\", \"statement\": {\"en\": \"Knows\"}}"
                : "\n      - id: \"LO1\"\n        category: \"knowledge\"\n        statement:\n          en: \"Knows\"";
        String last = doc.isJson() ? "\"Writes programs\"}}" : "en: \"Writes programs\"";
        NativeDocs bad = doc.replace("\"LO1\"", "\"LO9\"").replace("240", "4").replace(last, last + second);

        assertThat(bad.problems()).extracting(ReadProblem::reason, p -> p.location().jsonPointer(), ReadProblem::message)
                .containsExactly(
                        tuple(Reason.INVALID_VALUE, "/programs/0/modules", "the modules add up to 5 credits, more than"
                                + " the program's 4 ECTS"),
                        tuple(Reason.DANGLING_REFERENCE, "/programs/0/modules/0/outcomeIds/0",
                                "refers to outcome 'LO9', which the program does not have"),
                        tuple(Reason.DUPLICATE, "/programs/0/outcomes/1/id",
                                "duplicate outcome id 'LO1', also used by outcomes[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void validationWaitsUntilTheDocumentBinds(NativeDocs doc) {
        // a dangling outcome id is found by validation, which needs the whole program: while the
        // document has problems of type or shape, those are what is reported
        NativeDocs bad = doc.replace("\"LO1\"", "\"LO9\"").replace("\"skill\"", "\"skil\"");

        assertThat(bad.problems()).extracting(ReadProblem::reason).containsExactly(Reason.UNKNOWN_VALUE);
        assertThat(bad.replace("\"skil\"", "\"skill\"").problems()).extracting(ReadProblem::reason)
                .containsExactly(Reason.DANGLING_REFERENCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void maxProblemsCapsTheReport(NativeDocs doc) {
        NativeDocs bad = doc.replace("240", "\"many\"").replace("\"ECTS\"", "\"ects\"").replace("\"skill\"", "\"skil\"");

        assertThat(bad.problems()).hasSize(3);
        assertThat(bad.withLimits(ReadLimits.DEFAULTS.withMaxProblems(2)).problems())
                .extracting(p -> p.location().jsonPointer())
                .containsExactly("/programs/0/credits/amount", "/programs/0/credits/system");
    }

    // ---- fields, keys and ids -------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anUnknownFieldSuggestsTheNearestKnownOne(NativeDocs doc) {
        NativeDocs bad = doc.replace(doc.key("level"), doc.key("levle"));

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"kz-nqf",
                "/programs/0/levle"), Reason.UNKNOWN_FIELD,
                "unknown field 'levle' in an educational program; did you mean 'level'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anUnknownFieldFarFromAnyListsTheKnownOnes(NativeDocs doc) {
        NativeDocs bad = doc.replace(doc.key("level"), doc.key("colour"));

        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
            assertThat(p.location().jsonPointer()).isEqualTo("/programs/0/colour");
            assertThat(p.message()).isEqualTo("unknown field 'colour' in an educational program; known fields: id,"
                    + " code, title, level, awardedQualification, credits, field, modules, outcomes, standardCodes");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aRepeatedKeyIsADuplicateAtTheSecondKey(NativeDocs doc) {
        String second = doc.isJson() ? "\"id\": \"P2\", " : "id: \"P2\"\n    ";
        NativeDocs bad = doc.replace(doc.key("title"), second + doc.key("title"));

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at(doc.isJson() ? "\"id\": \"P2\"" : "id: \"P2\"",
                "/programs/0/id"), Reason.DUPLICATE, "field 'id' appears twice in the same object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aRepeatedOutcomeIdIsADuplicateFoundByValidation(NativeDocs doc) {
        String second = doc.isJson() ? ",\n        {\"id\": \"LO1\", \"category\": \"knowledge\", \"statement\": {\"en\": \"Knows\"}}"
                : "\n      - id: \"LO1\"\n        category: \"knowledge\"\n        statement:\n          en: \"Knows\"";
        NativeDocs bad = doc.replace(doc.isJson() ? "\"Writes programs\"}}" : "en: \"Writes programs\"",
                (doc.isJson() ? "\"Writes programs\"}}" : "en: \"Writes programs\"") + second);

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at(doc.isJson() ? "\"LO1\", \"category\": \"knowledge\""
                : "\"LO1\"\n        category: \"knowledge\"", "/programs/0/outcomes/1/id"),
                Reason.DUPLICATE, "duplicate outcome id 'LO1', also used by outcomes[0]"));
    }

    // ---- the envelope ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anUnsupportedFormatVersionIsAnUnknownValue(NativeDocs doc) {
        NativeDocs bad = doc.replace("\"1.0\"", "\"2.0\"");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"2.0\"", "/formatVersion"),
                Reason.UNKNOWN_VALUE, "format version '2.0' is not supported; this reader reads version 1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anUnknownDocumentTypeListsTheKnownOnes(NativeDocs doc) {
        NativeDocs bad = doc.replace("\"programs\"", "\"programmes\"");

        assertThat(bad.problems()).containsExactly(bad.problem(bad.at("\"programmes\"", "/type"), Reason.UNKNOWN_VALUE,
                "unknown document type 'programmes'; expected one of framework, levelMappings, sectoralFramework,"
                        + " standards, programs, applicants, coverageReports, rankings, programDesigns, qaReports,"
                        + " effortEstimates, applicantRankings, recognitionPolicy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aDocumentOfAnotherTypeThanAskedForIsTheWrongType(NativeDocs doc) {
        assertThat(doc.problems(DocumentType.STANDARDS)).containsExactly(doc.problem(
                doc.at("\"programs\"", "/type"), Reason.WRONG_TYPE,
                "expected a standards document, found a programs document"));
        assertThat(doc.format().readString(doc.text(), DocumentType.PROGRAMS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aRootThatIsNotAnObjectIsTheWrongType(NativeDocs doc) {
        NativeDocs bad = doc.withText("[1, 2]\n");

        assertThat(bad.problems()).containsExactly(bad.problem(new Location(doc.source(), 1, 1, ""), Reason.WRONG_TYPE,
                "expected a document (a JSON object with formatVersion, type and the value), found a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void anEmptyInputIsTruncated(NativeDocs doc) {
        for (String empty : List.of("", "  \n\n", "\uFEFF")) {
            assertThat(doc.withText(empty).problems()).containsExactly(doc.problem(Location.document(doc.source()),
                    Reason.TRUNCATED, "the input is empty: no document"));
        }
    }

    @Test
    void trailingContentAfterAJsonDocumentIsMalformed() {
        NativeDocs doc = NativeDocs.json();
        int lines = (int) doc.text().lines().count();

        assertThat(doc.withText(doc.text() + "{}").problems()).containsExactly(doc.problem(
                new Location("t.json", lines + 1, 1, null), Reason.MALFORMED_SYNTAX,
                "unexpected content after the end of the document"));
        assertThat(doc.withText(doc.text() + "garbage").problems()).containsExactly(doc.problem(
                new Location("t.json", lines + 1, 8, ""), Reason.MALFORMED_SYNTAX,
                "unrecognized token 'garbage': was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false')"));
    }

    @Test
    void twoYamlDocumentsAreRefused() {
        NativeDocs doc = NativeDocs.yaml();
        int lines = (int) doc.text().lines().count();

        assertThat(doc.withText(doc.text() + "---\n" + doc.text()).problems()).containsExactly(doc.problem(
                new Location("t.yaml", lines + 2, 1, null), Reason.MALFORMED_SYNTAX,
                "more than one YAML document in the input; put one document per file"));
    }

    // ---- YAML features the format does not use --------------------------------------------------

    @Test
    void yamlAliasesAndAnchorsAreRefusedNotReadAsText() {
        NativeDocs doc = NativeDocs.yaml();
        NativeDocs anchored = doc.replace("    title:\n", "    title: &name\n");
        NativeDocs alias = doc.replace("en: \"Programming\"", "en: *name");

        assertThat(anchored.problems()).containsExactly(doc.problem(anchored.at("&name", "/programs/0/title"),
                Reason.MALFORMED_SYNTAX, "YAML anchors (&name) are not supported; write every value out in full"));
        assertThat(alias.problems()).containsExactly(doc.problem(alias.at("*name", "/programs/0/modules/0/title/en"),
                Reason.MALFORMED_SYNTAX, "YAML aliases (*name) are not supported; write the value out in full"));
    }

    @Test
    void aBillionLaughsDocumentIsRefusedAtOnce() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }

        List<ReadProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> {
                    return problemsOf(() -> NativeFormat.yaml().readString(yaml.toString(), DocumentType.PROGRAMS));
                });

        assertThat(problems).containsExactly(new ReadProblem(new Location("<string>", 1, 4, "/a"),
                Reason.MALFORMED_SYNTAX, "YAML anchors (&a) are not supported; write every value out in full"));
    }

    @Test
    void yamlTagsOtherThanTheCoreOnesAreRefused() {
        NativeDocs doc = NativeDocs.yaml();

        assertThat(doc.replace("240", "!!python/object:os.system 240").problems()).containsExactly(doc.problem(
                doc.at("240", "/programs/0/credits/amount"), Reason.MALFORMED_SYNTAX,
                "the YAML tag '!!python/object:os.system' is not supported; write plain values"));
        assertThat(doc.replace("240", "!money 240").problems()).extracting(ReadProblem::message)
                .containsExactly("the YAML tag '!money' is not supported; write plain values");
        assertThat(doc.replace("240", "!!binary aGk=").problems()).extracting(ReadProblem::message)
                .containsExactly("the YAML tag '!!binary' is not supported; write plain values");
        // a core tag only says what the plain value is anyway
        assertThat(doc.format().readString(doc.replace("240", "!!int \"240\"").text(), DocumentType.PROGRAMS))
                .hasSize(1);
    }

    @Test
    void yamlNotANumberAndInfinityAreInvalid() {
        NativeDocs doc = NativeDocs.yaml();

        for (String notFinite : List.of(".nan", ".inf", "-.Inf", "+.INF")) {
            NativeDocs bad = doc.replace("240", notFinite);
            assertThat(bad.problems()).containsExactly(doc.problem(bad.at(notFinite, "/programs/0/credits/amount"),
                    Reason.INVALID_VALUE, "'" + notFinite + "' is not a finite number"));
        }
    }

    @Test
    void jsonNotANumberIsMalformed() {
        NativeDocs doc = NativeDocs.json();
        NativeDocs bad = doc.replace("240", "NaN");

        assertThat(bad.problems()).containsExactly(doc.problem(bad.at("NaN", 3, "/programs/0/credits"),
                Reason.MALFORMED_SYNTAX, "non-standard token 'NaN'"));
    }

    @Test
    void aYamlControlCharacterIsLocated() {
        NativeDocs doc = NativeDocs.yaml();
        NativeDocs bad = doc.replace("Writes programs", "Writes\u0007programs");

        assertThat(bad.problems()).containsExactly(doc.problem(bad.at("\u0007", null), Reason.MALFORMED_SYNTAX,
                "the character U+0007 is not allowed in YAML (a control character); remove it or write it escaped"
                        + " in a double-quoted string"));
    }

    // ---- bytes and characters -------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void bytesThatAreNotUtf8AreLocated(NativeDocs doc) {
        NativeDocs latin = doc.replace("Writes programs", "Writes caf\u00e9 programs");
        byte[] bytes = latin.text().getBytes(StandardCharsets.ISO_8859_1);

        List<ReadProblem> problems = problemsOf(() -> doc.format().read(new ByteArrayInputStream(bytes), doc.source(),
                DocumentType.PROGRAMS));

        assertThat(problems).containsExactly(new ReadProblem(latin.at("\u00e9", null), Reason.MALFORMED_SYNTAX,
                "the input is not valid UTF-8: the byte 0xE9 here is not part of a UTF-8 character (save the file"
                        + " as UTF-8)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aByteOrderMarkIsSkipped(NativeDocs doc, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom." + doc.format().name());
        Files.writeString(file, "\uFEFF" + doc.text(), StandardCharsets.UTF_8);

        assertThat(doc.format().read(file, DocumentType.PROGRAMS)).hasSize(1);
        assertThat(doc.format().readString("\uFEFF" + doc.text(), DocumentType.PROGRAMS)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void aFileIsReadWithItsNameAsTheSource(NativeDocs doc, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("programs." + doc.format().name());
        Files.writeString(file, doc.replace("\"skill\"", "\"skil\"").text(), StandardCharsets.UTF_8);

        assertThat(problemsOf(() -> doc.format().read(file, DocumentType.PROGRAMS))).singleElement()
                .satisfies(p -> assertThat(p.location().source()).isEqualTo(file.getFileName().toString()));
        assertThat(problemsOf(() -> doc.format().read(dir.resolve("missing.json"), DocumentType.PROGRAMS)))
                .singleElement().satisfies(p -> {
                    assertThat(p.reason()).isEqualTo(Reason.IO_ERROR);
                    assertThat(p.message()).endsWith(": no such file");
                });
    }

    // ---- numbers --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void hugeNumbersAreRefusedByTheModelNotByOverflow(NativeDocs doc) {
        for (String huge : List.of("1e400", "9".repeat(400))) {
            NativeDocs bad = doc.replace("240", huge);
            assertThat(bad.problems()).singleElement().satisfies(p -> {
                assertThat(p.reason()).isEqualTo(Reason.INVALID_VALUE);
                assertThat(p.location()).isEqualTo(bad.at(huge, "/programs/0/credits/amount"));
                assertThat(p.message()).startsWith("amount: '").endsWith("…' is not valid: must be between 0 and 10000");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxes")
    void numbersWithAbsurdExponentsAreRefusedBeforeTheyAreExpanded(NativeDocs doc) {
        for (String absurd : List.of("1e-999999999", "1E+2147483647", "1e-2147483647", "1e1001", "1e-99912345678901")) {
            NativeDocs bad = doc.replace("240", absurd);
            List<ReadProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                return bad.problems();
            });
            assertThat(problems).containsExactly(doc.problem(bad.at(absurd, "/programs/0/credits/amount"),
                    Reason.LIMIT_EXCEEDED, "the number '" + absurd + "' is too large or too small: its exponent is"
                            + " beyond ±1000, the most this reader accepts"));
        }
    }

    @Test
    void aJsonNumberOfMoreThanAThousandDigitsIsRefused() {
        NativeDocs doc = NativeDocs.json();
        NativeDocs bad = doc.replace("240", "9".repeat(2_000));

        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo("a number has more than 1000 digits, the most this reader accepts;"
                    + " reading stopped");
            assertThat(p.location().line()).isEqualTo(bad.at("999", "").line());
        });
    }

    // ---- the exception --------------------------------------------------------------------------

    @Test
    void theExceptionMessageListsEveryProblemWithItsLocation() {
        NativeDocs bad = NativeDocs.json().replace("240", "\"many\"").replace("\"skill\"", "\"skil\"");

        assertThatThrownBy(() -> bad.format().readString(bad.text(), DocumentType.PROGRAMS))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("2 problems:\n  <string>:9:29#/programs/0/credits/amount: expected a number,"
                        + " found the string \"many\"\n  <string>:19:35#/programs/0/outcomes/0/category: unknown"
                        + " descriptor category 'skil'");
    }
}

package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.io.esco.EscoFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input for the ESCO, CASE and ELM readers and for Documents: located problems, never another exception. */
class ExternalFormatsBadInputTest {
    @TempDir
    Path dir;

    private static List<ReadProblem> problems(Runnable read) {
        try {
            read.run();
        } catch (ReadException e) {
            return e.problems();
        }
        throw new AssertionError("no ReadException");
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void caseReportsEveryMissingFieldWithItsPointer() {
        List<ReadProblem> problems = problems(() -> CaseFormat.json().readWithWarnings(utf8(
                "{\"CFDocument\": {\"identifier\": \"d\", \"uri\": \"not a uri\"},\n"
                        + " \"CFItems\": [{\"identifier\": \"i\", \"uri\": \"urn:x:1\"}, {\"identifier\": \"i\","
                        + " \"uri\": \"urn:x:2\", \"fullStatement\": \"s\"}, {\"identifier\": \"i\", \"uri\": \"urn:x:3\","
                        + " \"fullStatement\": \"t\"}],\n"
                        + " \"CFAssociations\": [{\"identifier\": \"a\", \"uri\": \"urn:a\", \"associationType\": \"isChildOf\","
                        + " \"originNodeURI\": 5, \"destinationNodeURI\": \"urn:d\", \"sequenceNumber\": 1.5}]}"),
                "bad.json"));
        assertThat(problems).extracting(p -> p.location().jsonPointer() + " " + p.reason()).containsExactlyInAnyOrder(
                "/CFDocument/uri INVALID_VALUE", "/CFDocument MISSING_FIELD", "/CFItems/0 MISSING_FIELD",
                "/CFItems/2/identifier DUPLICATE", "/CFAssociations/0/originNodeURI WRONG_TYPE",
                "/CFAssociations/0/sequenceNumber WRONG_TYPE");
        assertThat(problems).allSatisfy(p -> assertThat(p.location().line()).isPositive());
    }

    @Test
    void caseRefusesMalformedAndTruncatedJson() {
        assertThat(problems(() -> CaseFormat.json().readWithWarnings(utf8("{\"CFDocument\": {"), "t.json")))
                .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(ReadProblem.Reason.TRUNCATED));
        assertThat(problems(() -> CaseFormat.json().readWithWarnings(utf8("[1, 2]"), "a.json")))
                .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(ReadProblem.Reason.WRONG_TYPE));
    }

    @Test
    void elmReportsBadLevelCreditsAndTitle() {
        List<ReadProblem> problems = problems(() -> ElmFormat.jsonLd().read(utf8(
                "{\"id\": \"urn:q\", \"type\": \"Qualification\", \"title\": 5,\n"
                        + " \"eqfLevel\": {\"id\": \"http://data.europa.eu/snb/eqf/9\"},\n"
                        + " \"creditPoint\": {\"framework\": {\"id\": \"http://data.europa.eu/snb/education-credit/6fcec5c5af\"},"
                        + " \"point\": \"two\"}}"), "q.jsonld"));
        assertThat(problems).extracting(p -> p.location().jsonPointer() + " " + p.reason()).containsExactlyInAnyOrder(
                "/title WRONG_TYPE", "/eqfLevel INVALID_VALUE", "/creditPoint/point INVALID_VALUE");
    }

    @Test
    void escoReportsMissingFilesAndBadRows() throws IOException {
        assertThat(problems(() -> EscoFormat.csv().read(dir))).extracting(ReadProblem::message).anySatisfy(m ->
                assertThat(m).contains("no occupationSkillRelations.csv file"));
        Files.writeString(dir.resolve("skills_en.csv"), "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,"
                + "altLabels,description\nKSC,http://x/s1,knowledge,,one,,\nKSC,http://x/s1,kind,,two,,\n");
        Files.writeString(dir.resolve("occupations_en.csv"), "conceptUri,iscoGroup,preferredLabel,altLabels,"
                + "description,code\nhttp://x/o1,25x,occ,,,2512.1\n");
        Files.writeString(dir.resolve("occupationSkillRelations.csv"), "occupationUri,relationType,skillType,skillUri\n"
                + "http://x/o1,essential,knowledge,http://x/s1\nhttp://x/o1,vital,knowledge,http://x/s1\n"
                + "http://x/o1,optional,knowledge,http://x/s1\n");
        assertThat(problems(() -> EscoFormat.csv().read(dir))).extracting(ReadProblem::toString).containsExactlyInAnyOrder(
                "skills_en.csv:3:2: the skill http://x/s1 appears twice in this file",
                "occupations_en.csv:2:2: code: '25x' is not valid: " + problems(() -> EscoFormat.csv().read(dir)).stream()
                        .filter(p -> p.location().source().equals("occupations_en.csv")).findFirst().orElseThrow()
                        .message().substring("code: '25x' is not valid: ".length()),
                "occupationSkillRelations.csv:3:2: unknown relation type 'vital'; expected essential or optional",
                "occupationSkillRelations.csv:4:4: the relation of http://x/o1 to http://x/s1 appears twice");
    }

    @Test
    void documentsRefusesAnUnknownExtensionAndUtf16() throws IOException {
        Path txt = Files.writeString(dir.resolve("x.txt"), "hello");
        assertThat(problems(() -> Documents.defaults().read(txt))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot tell the format of"));
        Path utf16 = dir.resolve("p.json");
        Files.write(utf16, "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE));
        assertThat(problems(() -> Documents.defaults().read(utf16))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("save it as UTF-8"));
    }

    @Test
    void everyRepeatedKeyIsReported() {
        List<ReadProblem> problems = problems(() -> NativeFormat.json().readString("{\"formatVersion\": \"1.0\",\n"
                + " \"type\": \"programs\", \"type\": \"programs\",\n \"programs\": [{\"id\": \"a\", \"id\": \"b\"}]}",
                DocumentType.PROGRAMS));
        assertThat(problems).extracting(p -> p.location().jsonPointer() + " " + p.reason())
                .containsExactly("/type DUPLICATE", "/programs/0/id DUPLICATE");
        assertThat(problems(() -> CaseFormat.json().readWithWarnings(utf8("{\"CFDocument\": {}, \"CFDocument\": {},"
                + " \"CFItems\": [], \"CFItems\": []}"), "c.json"))).hasSize(2);
    }

    @Test
    void writeRefusesWhatTheFormatCannotHold() {
        Document<?> none = new Document<>(DocumentType.APPLICANTS, List.of());
        assertThatThrownBy(() -> Documents.defaults().write(none, FileFormat.CASE, dir.resolve("x.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("case cannot hold a applicants document;"
                        + " json, yaml, jsonl can");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}

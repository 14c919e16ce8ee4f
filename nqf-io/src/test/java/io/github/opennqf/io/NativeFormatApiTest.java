package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.RecognitionResult;
import io.github.opennqf.evidence.ValidityPeriod;
import io.github.opennqf.evidence.VerificationStatus;
import io.github.opennqf.framework.FrameworkLevel;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.framework.Provenance;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.TextOrigin;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.text.MultilingualText;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small contracts of the native-format API: types, documents, formats, nulls, wrong types, frameworks. */
class NativeFormatApiTest {
    private static final List<EducationalProgram> PROGRAMS = List.of(
            EducationalProgram.builder("6B06101", MultilingualText.of("en", "Software engineering"),
                    LevelRef.parse("kz-nqf:2025/6")).build());

    // ---- DocumentType --------------------------------------------------------------------------

    @Test
    void allListsEveryTypeOnceInAFixedOrder() {
        assertThat(DocumentType.all()).containsExactly(DocumentType.FRAMEWORK, DocumentType.LEVEL_MAPPINGS,
                DocumentType.SECTORAL_FRAMEWORK, DocumentType.STANDARDS, DocumentType.PROGRAMS, DocumentType.APPLICANTS,
                DocumentType.COVERAGE_REPORTS, DocumentType.RANKINGS, DocumentType.PROGRAM_DESIGNS,
                DocumentType.QA_REPORTS, DocumentType.EFFORT_ESTIMATES, DocumentType.APPLICANT_RANKINGS,
                DocumentType.RECOGNITION_POLICY);
        assertThat(DocumentType.all().stream().map(DocumentType::name)).containsExactly("framework", "levelMappings",
                "sectoralFramework", "standards", "programs", "applicants", "coverageReports", "rankings",
                "programDesigns", "qaReports", "effortEstimates", "applicantRankings", "recognitionPolicy");
        assertThatThrownBy(() -> DocumentType.all().add(DocumentType.PROGRAMS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namedFindsEachTypeByTheNameItsDocumentsDeclare() {
        for (DocumentType<?> type : DocumentType.all()) {
            assertThat(DocumentType.named(type.name())).containsSame(type);
            assertThat(type).hasToString(type.name());
        }
        assertThat(DocumentType.named("Programs")).isEmpty();
        assertThat(DocumentType.named("program")).isEmpty();
        assertThat(DocumentType.named("")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everySchemaResourceIsInTheJarAndDescribesItsType(DocumentType<?> type) throws Exception {
        assertThat(type.schemaResource()).isEqualTo("/io/github/opennqf/io/schema/1.0/" + type.name() + ".schema.json");

        try (InputStream in = DocumentType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            JsonNode schema = PublishedSchemas.tree("json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo("https://opennqf.github.io/schema/1.0/" + type.name()
                    + ".schema.json");
            assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.name());
            assertThat(schema.at("/properties/formatVersion/const").asText()).isEqualTo(NativeFormat.FORMAT_VERSION);
            assertThat(schema.get("required")).extracting(JsonNode::asText)
                    .containsExactly("formatVersion", "type", type.name());
        }
    }

    static List<DocumentType<?>> types() {
        return DocumentType.all();
    }

    // ---- Document ------------------------------------------------------------------------------

    @Test
    void documentAsGivesTheValueForItsOwnTypeOnly() {
        Document<List<EducationalProgram>> document = new Document<>(DocumentType.PROGRAMS, PROGRAMS);

        assertThat(document.as(DocumentType.PROGRAMS)).isSameAs(PROGRAMS);
        assertThatIllegalStateException().isThrownBy(() -> document.as(DocumentType.STANDARDS))
                .withMessage("the document is of type programs, not standards");
    }

    // ---- NativeFormat --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"programs.json", "PROGRAMS.JSON", "dir.yaml/programs.json"})
    void forFileChoosesJsonByExtension(String name) {
        assertThat(NativeFormat.forFile(Path.of(name)).name()).isEqualTo("json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"standards.yaml", "standards.yml", "Standards.YAML"})
    void forFileChoosesYamlByExtension(String name) {
        assertThat(NativeFormat.forFile(Path.of(name)).name()).isEqualTo("yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicants.jsonl", "programs.csv", "programs", "programs.json.bak", "json", "/"})
    void forFileRejectsAnyOtherExtension(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> NativeFormat.forFile(Path.of(name)))
                .withMessageContaining("cannot tell the format of")
                .withMessageContaining(".json, .yaml or .yml");
    }

    @Test
    void formatsAreImmutableValues() {
        NativeFormat json = NativeFormat.json();
        ReadLimits small = ReadLimits.DEFAULTS.withMaxDepth(8);

        NativeFormat limited = json.withLimits(small);

        assertThat(limited.limits()).isEqualTo(small);
        assertThat(json.limits()).isEqualTo(ReadLimits.DEFAULTS);
        assertThat(json).hasToString("NativeFormat[json]");
        assertThat(NativeFormat.yaml()).hasToString("NativeFormat[yaml]");
        assertThat(limited.name()).isEqualTo("json");
    }

    @ParameterizedTest
    @MethodSource("types")
    void readingAPathOfAnyTypeGivesTheTypeTheDocumentDeclares(DocumentType<?> type, @TempDir Path dir) {
        assertDeclaredTypeIsRead(type, dir);
    }

    private static <T> void assertDeclaredTypeIsRead(DocumentType<T> type, Path dir) {
        T value = sample(type);
        for (String name : List.of("document.json", "document.yaml")) {
            Path file = dir.resolve(name);
            NativeFormat.forFile(file).write(type, value, file);

            Document<?> document = NativeFormat.forFile(file).read(file);

            assertThat(document.type()).isSameAs(type);
            assertThat(document.as(type)).isEqualTo(value);
        }
    }

    /** A generated value of the type, not empty where the type holds a list. */
    private static <T> T sample(DocumentType<T> type) {
        return ModelArbitraries.of(type).sampleStream()
                .filter(v -> !(v instanceof Collection<?> c) || !c.isEmpty())
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"programs.json", "programs.yaml"})
    void readingADocumentOfAnotherTypeIsAWrongTypeProblemAtType(String name, @TempDir Path dir) {
        Path file = dir.resolve(name);
        NativeFormat format = NativeFormat.forFile(file);
        format.write(DocumentType.PROGRAMS, PROGRAMS, file);

        assertThatThrownBy(() -> format.read(file, DocumentType.STANDARDS))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    ReadProblem problem = e.problems().get(0);
                    assertThat(problem.reason()).isEqualTo(Reason.WRONG_TYPE);
                    assertThat(problem.location().jsonPointer()).isEqualTo("/type");
                    assertThat(problem.location().source()).isEqualTo(name);
                    assertThat(problem.location().line()).isEqualTo(3);
                    assertThat(problem.message()).isEqualTo("expected a standards document, found a programs document");
                });
        assertThat(format.read(file, DocumentType.PROGRAMS)).isEqualTo(PROGRAMS);
    }

    // ---- frameworks ----------------------------------------------------------------------------

    private static final QualificationsFramework DEMO = new QualificationsFramework(FrameworkRef.parse("demo-nqf:1"),
            MultilingualText.of("en", "Demo framework"), Set.of("en"), List.of(),
            List.of(level(1), level(2), level(3)), TextOrigin.PARAPHRASE, Provenance.of("test"));

    private static FrameworkLevel level(int rank) {
        return new FrameworkLevel(Level.of(rank), MultilingualText.of("en", "Level " + rank), null, null,
                java.util.Map.of());
    }

    private static List<EducationalProgram> programAt(String level) {
        return List.of(EducationalProgram.builder("P1", MultilingualText.of("en", "Demo program"),
                LevelRef.parse(level)).build());
    }

    @Test
    void aLevelOfAnUnregisteredFrameworkIsADanglingReference() {
        String text = NativeFormat.json().writeString(DocumentType.PROGRAMS, programAt("demo-nqf:1/3"));

        assertThatThrownBy(() -> NativeFormat.json().readString(text, DocumentType.PROGRAMS))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.reason()).isEqualTo(Reason.DANGLING_REFERENCE);
                            assertThat(p.location().jsonPointer()).isEqualTo("/programs/0/level");
                            assertThat(p.message()).startsWith("unknown framework 'demo-nqf:1'")
                                    .contains("NativeFormat.withFrameworks");
                        }));
    }

    @Test
    void withFrameworksResolvesLevelsOfTheGivenFrameworkAndLeavesTheOriginalAsItWas() {
        NativeFormat json = NativeFormat.json();
        NativeFormat withDemo = json.withFrameworks(List.of(DEMO));
        List<EducationalProgram> value = programAt("demo-nqf:1/3");
        String text = json.writeString(DocumentType.PROGRAMS, value);

        assertThat(withDemo.readString(text, DocumentType.PROGRAMS)).isEqualTo(value);
        assertThat(withDemo.readString(json.writeString(DocumentType.PROGRAMS, PROGRAMS), DocumentType.PROGRAMS))
                .as("the bundled frameworks stay known").isEqualTo(PROGRAMS);
        assertThatThrownBy(() -> json.readString(text, DocumentType.PROGRAMS)).isInstanceOf(ReadException.class);
    }

    @Test
    void withFrameworksStillRejectsALevelTheFrameworkDoesNotHave() {
        String text = NativeFormat.json().writeString(DocumentType.PROGRAMS, programAt("demo-nqf:1/5"));

        assertThatThrownBy(() -> NativeFormat.json().withFrameworks(List.of(DEMO)).readString(text, DocumentType.PROGRAMS))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.reason()).isEqualTo(Reason.DANGLING_REFERENCE);
                            assertThat(p.location().jsonPointer()).isEqualTo("/programs/0/level");
                            assertThat(p.message()).isEqualTo("framework demo-nqf:1 has no level 5; its levels are [1, 2, 3]");
                        }));
    }

    @Test
    void jsonLinesWithFrameworksResolvesLevelsOfTheGivenFramework() {
        ApplicantProfile applicant = new ApplicantProfile("A1", null, List.of(new RecognitionResult("R1", "PS-1", "card",
                LevelRef.parse("demo-nqf:1/2"), LocalDate.of(2024, 1, 10), null, VerificationStatus.VERIFIED,
                ValidityPeriod.UNLIMITED)));
        StringWriter out = new StringWriter();
        JsonLines.applicants().write(List.of(applicant), out);
        List<ApplicantProfile> read = new ArrayList<>();

        long delivered = JsonLines.applicants().withFrameworks(List.of(DEMO))
                .read(new StringReader(out.toString()), "a.jsonl", read::add);

        assertThat(delivered).isEqualTo(1);
        assertThat(read).containsExactly(applicant);
        assertThatThrownBy(() -> JsonLines.applicants().read(new StringReader(out.toString()), "a.jsonl", a -> {}))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.reason()).isEqualTo(Reason.DANGLING_REFERENCE);
                            assertThat(p.location().line()).isEqualTo(1);
                            assertThat(p.location().jsonPointer()).isEqualTo("/evidence/0/level");
                        }));
    }

    // ---- nulls ---------------------------------------------------------------------------------

    static Stream<Arguments> nullArguments() throws Exception {
        NativeFormat json = NativeFormat.json();
        Path file = Files.createTempFile("opennqf-null", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, json.writeString(DocumentType.PROGRAMS, PROGRAMS));
        Reader reader = new StringReader("");
        Writer writer = new StringWriter();
        OutputStream bytes = new ByteArrayOutputStream();
        return Stream.of(
                nulls("forFile", "file", () -> NativeFormat.forFile(null)),
                nulls("withLimits", "limits", () -> json.withLimits(null)),
                nulls("withFrameworks", "frameworks", () -> json.withFrameworks(null)),
                nulls("read(Path, type)", "file", () -> json.read((Path) null, DocumentType.PROGRAMS)),
                nulls("read(Path, type)", "type", () -> json.read(file, null)),
                nulls("read(Path)", "file", () -> json.read((Path) null)),
                nulls("read(Reader, name, type)", "in", () -> json.read((Reader) null, "x", DocumentType.PROGRAMS)),
                nulls("read(Reader, name, type)", "sourceName", () -> json.read(reader, null, DocumentType.PROGRAMS)),
                nulls("read(Reader, name, type)", "type", () -> json.read(reader, "x", null)),
                nulls("read(Reader, name)", "in", () -> json.read((Reader) null, "x")),
                nulls("read(Reader, name)", "sourceName", () -> json.read(reader, null)),
                nulls("read(InputStream, name, type)", "in", () -> json.read((InputStream) null, "x", DocumentType.PROGRAMS)),
                nulls("readString", "text", () -> json.readString(null, DocumentType.PROGRAMS)),
                nulls("readString", "type", () -> json.readString("{}", null)),
                nulls("write(Writer)", "type", () -> json.write(null, PROGRAMS, writer)),
                nulls("write(Writer)", "value", () -> json.write(DocumentType.PROGRAMS, null, writer)),
                nulls("write(Writer)", "out", () -> json.write(DocumentType.PROGRAMS, PROGRAMS, (Writer) null)),
                nulls("write(OutputStream)", "out", () -> json.write(DocumentType.PROGRAMS, PROGRAMS, (OutputStream) null)),
                nulls("write(OutputStream)", "type", () -> json.write(null, PROGRAMS, bytes)),
                nulls("write(Path)", "file", () -> json.write(DocumentType.PROGRAMS, PROGRAMS, (Path) null)),
                nulls("write(Path)", "type", () -> json.write(null, PROGRAMS, file)),
                nulls("write(Path)", "value", () -> json.write(DocumentType.PROGRAMS, null, file)),
                nulls("writeString", "type", () -> json.writeString(null, PROGRAMS)),
                nulls("writeString", "value", () -> json.writeString(DocumentType.PROGRAMS, null)),
                nulls("DocumentType.named", "name", () -> DocumentType.named(null)),
                nulls("Document", "type", () -> new Document<>(null, PROGRAMS)),
                nulls("Document", "value", () -> new Document<>(DocumentType.PROGRAMS, null)),
                nulls("JsonLines.withLimits", "limits", () -> JsonLines.applicants().withLimits(null)),
                nulls("JsonLines.withFrameworks", "frameworks", () -> JsonLines.applicants().withFrameworks(null)),
                nulls("JsonLines.read(Path)", "file", () -> JsonLines.applicants().read((Path) null, a -> {})),
                nulls("JsonLines.read(Path)", "sink", () -> JsonLines.applicants().read(Path.of("missing.jsonl"),
                        null)),
                nulls("JsonLines.read(Reader)", "in", () -> JsonLines.applicants().read((Reader) null, "x", a -> {})),
                nulls("JsonLines.read(Reader)", "sourceName", () -> JsonLines.applicants().read(reader, null,
                        a -> {})),
                nulls("JsonLines.read(Reader)", "sink", () -> JsonLines.applicants().read(reader, "x", null)),
                nulls("JsonLines.write", "applicants", () -> JsonLines.applicants().write(null, writer)),
                nulls("JsonLines.write", "out", () -> JsonLines.applicants().write(List.of(), null)));
    }

    private static Arguments nulls(String method, String parameter, ThrowingCallable call) {
        return Arguments.of(method, parameter, call);
    }

    @ParameterizedTest(name = "{0} with null {1}")
    @MethodSource("nullArguments")
    void aNullArgumentIsANullPointerExceptionNamingTheParameter(String method, String parameter, ThrowingCallable call) {
        assertThatNullPointerException().isThrownBy(call).withMessage(parameter);
    }

    @Test
    void writingANullTypeToAFileLeavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("programs.json");
        NativeFormat.json().write(DocumentType.PROGRAMS, PROGRAMS, file);
        String before = Files.readString(file);

        assertThatNullPointerException().isThrownBy(() -> NativeFormat.json().write(null, PROGRAMS, file));

        assertThat(Files.readString(file)).isEqualTo(before).isNotEmpty();
    }
}

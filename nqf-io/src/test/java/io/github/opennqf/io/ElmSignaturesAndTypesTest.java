package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.opennqf.framework.DescriptorCategory;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.text.MultilingualText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ELM v3: a signed credential is never read as if verified, and an outcome's type ({@code dcType},
 * formerly {@code learningOutcomeType}) is read, kept on a round trip where the model holds it, and
 * reported where it is dropped.
 */
class ElmSignaturesAndTypesTest {
    private static final String ESCO_TYPE = "http://data.europa.eu/esco/skill-type/";
    private static final String QUALIFICATION = "{\"id\": \"urn:q:1\", \"type\": \"Qualification\","
            + " \"title\": {\"en\": \"Software engineering\"}, \"learningOutcome\": {\"id\": \"urn:q:1:lo1\","
            + " \"type\": \"LearningOutcome\", \"title\": {\"en\": \"Designs software\"}}}";

    @TempDir
    Path dir;

    private static ElmFormat.Read read(String json) {
        return ElmFormat.jsonLd().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.jsonld");
    }

    @Test
    void anEmbeddedProofIsReadWithAWarningAtEachProofNeverAsVerified() {
        String credential = "{\"@context\": [\"https://www.w3.org/2018/credentials/v1\"],\n"
                + " \"type\": [\"VerifiableCredential\", \"EuropeanDigitalCredential\"],\n"
                + " \"credentialSubject\": {\"hasClaim\": {\"specifiedBy\": " + QUALIFICATION + "},\n"
                + "   \"verifiableCredential\": [{\"type\": \"VerifiableCredential\", \"proof\": [{\"type\": \"x\"}]}]},\n"
                + " \"proof\": {\"type\": \"Ed25519Signature2020\", \"proofValue\": \"z3FXQjecWufY46\"}}";

        ElmFormat.Read read = read(credential);

        assertThat(read.programs()).extracting(EducationalProgram::id).containsExactly("urn:q:1");
        assertThat(read.warnings()).filteredOn(w -> w.message().startsWith("signature present, not verified"))
                .extracting(w -> w.location().jsonPointer() + ":" + w.location().line())
                .containsExactlyInAnyOrder("/proof:5", "/credentialSubject/verifiableCredential/0/proof:4");
    }

    @Test
    void aCredentialWithoutProofGetsNoSignatureWarning() {
        assertThat(read(QUALIFICATION).warnings()).isEmpty();
    }

    @Test
    void aCompactJwsIsRefusedAsSignedFromAFileAndAStream() throws IOException {
        String jws = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ2YyI6eyJ0eXBlIjpbIlZlcmlmaWFibGVDcmVkZW50aWFsIl19fQ.c2ln";
        Path file = Files.writeString(dir.resolve("vc.jwt"), jws + "\n");

        for (List<ReadProblem> problems : List.of(Tables.problems(() -> ElmFormat.jsonLd().read(file)),
                Tables.problems(() -> read(jws)), Tables.problems(() -> read("\"" + jws + "\"")))) {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.reason()).isEqualTo(ReadProblem.Reason.UNKNOWN_VALUE);
                assertThat(p.message()).startsWith("this is a signed credential (compact JWS); signatures are not"
                        + " verified here");
            });
        }
    }

    @Test
    void aJwsJsonSerializationIsRefusedFromAStreamBeforeItsPayloadHitsALimit() {
        String payload = "{\\\"id\\\": \\\"urn:c\\\"" + " ".repeat(5000) + "}";
        String signed = "{\"payload\": \"" + payload + "\", \"signatures\": [{\"protected\": \"e30\", \"signature\": \"c2ln\"}]}";
        ElmFormat tight = ElmFormat.jsonLd().withLimits(ReadLimits.DEFAULTS.withMaxStringLength(100));

        List<ReadProblem> problems = Tables.problems(() -> tight.read(
                new ByteArrayInputStream(signed.getBytes(StandardCharsets.UTF_8)), "signed.jsonld"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(ReadProblem.Reason.UNKNOWN_VALUE);
            assertThat(p.location().jsonPointer()).isEqualTo("/payload");
            assertThat(p.message()).contains("signed credential (JWS JSON serialization)");
        });
    }

    @Test
    void theOutcomeTypeIsReadFromDcTypeOrTheOlderName() {
        String q = "{\"id\": \"urn:q:1\", \"type\": \"Qualification\", \"title\": {\"en\": \"Q\"}, \"learningOutcome\": [\n"
                + outcome(1, "\"dcType\": {\"id\": \"" + ESCO_TYPE + "knowledge\", \"type\": \"Concept\"}") + ",\n"
                + outcome(2, "\"learningOutcomeType\": \"" + ESCO_TYPE + "knowledge\"") + ",\n"
                + outcome(3, "\"dcType\": \"" + ESCO_TYPE + "skill\"") + ",\n"
                + outcome(4, "\"dcType\": \"urn:opennqf:category:" + DescriptorCategory.KZ_KNOWLEDGE.code() + "\"") + ",\n"
                + outcome(5, "\"dcType\": \"" + ESCO_TYPE + "knowledge\", \"learningOutcomeType\": \"" + ESCO_TYPE + "skill\"")
                + ",\n" + outcome(6, "\"dcType\": \"http://data.europa.eu/snb/skill-type/0a1b2c3d4e\"") + ",\n"
                + outcome(7, "") + "]}";

        ElmFormat.Read read = read(q);

        assertThat(read.programs().get(0).outcomes()).extracting(LearningOutcome::category).containsExactly(
                DescriptorCategory.ESCO_KNOWLEDGE, DescriptorCategory.ESCO_KNOWLEDGE,
                DescriptorCategory.ESCO_SKILL_COMPETENCE, DescriptorCategory.KZ_KNOWLEDGE,
                DescriptorCategory.ESCO_KNOWLEDGE, DescriptorCategory.ESCO_SKILL_COMPETENCE,
                DescriptorCategory.ESCO_SKILL_COMPETENCE);
        assertThat(read.warnings()).extracting(w -> w.location().jsonPointer() + " " + w.message()).containsExactly(
                "/learningOutcome/4/learningOutcomeType learningOutcomeType " + ESCO_TYPE + "skill disagrees with dcType "
                        + ESCO_TYPE + "knowledge; dcType, ELM v3's name for it, is read and this one dropped",
                "/learningOutcome/5/dcType learning outcome type http://data.europa.eu/snb/skill-type/0a1b2c3d4e is not"
                        + " one OpenNQF knows (ESCO's " + ESCO_TYPE + "knowledge or " + ESCO_TYPE + "skill, or"
                        + " urn:opennqf:category:<code>): the type is dropped and the outcome read as esco-skill-competence");
        assertThat(read.warnings()).allSatisfy(w -> assertThat(w.location().line()).isPositive());
    }

    @Test
    void anUnknownOpenNqfCategoryIsALocatedProblem() {
        String q = "{\"id\": \"urn:q:1\", \"type\": \"Qualification\", \"title\": {\"en\": \"Q\"}, \"learningOutcome\": ["
                + outcome(1, "\"dcType\": \"urn:opennqf:category:no-such-category\"") + "]}";

        assertThat(Tables.problems(() -> read(q))).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(ReadProblem.Reason.UNKNOWN_VALUE);
            assertThat(p.location().jsonPointer()).isEqualTo("/learningOutcome/0/dcType");
        });
    }

    @Test
    void theTypeIsWrittenAsDcTypeKeptOnARoundTripAndReportedWhereOnlyOpenNqfReadsIt() throws IOException {
        EducationalProgram program = EducationalProgram.builder("P1", MultilingualText.of("en", "Nursing"),
                        LevelRef.parse("eqf:2017/6"))
                .outcome(LearningOutcome.of("LO1", DescriptorCategory.ESCO_KNOWLEDGE, MultilingualText.of("en", "Knows")))
                .outcome(LearningOutcome.of("LO2", DescriptorCategory.ESCO_SKILL_COMPETENCE, MultilingualText.of("en", "Does")))
                .outcome(LearningOutcome.of("LO3", DescriptorCategory.KZ_KNOWLEDGE, MultilingualText.of("en", "Explains")))
                .outcome(LearningOutcome.of("LO4", DescriptorCategory.KZ_SKILLS, MultilingualText.of("en", "Cares")))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WriteReport report = ElmFormat.jsonLd().write(List.of(program), out);

        JsonNode outcomes = new ObjectMapper().readTree(out.toByteArray()).get("learningOutcome");
        assertThat(outcomes.findValues("learningOutcomeType")).isEmpty();
        assertThat(outcomes.findValues("dcType")).extracting(t -> t.get("id").asText()).containsExactly(
                ESCO_TYPE + "knowledge", ESCO_TYPE + "skill", "urn:opennqf:category:" + DescriptorCategory.KZ_KNOWLEDGE.code(),
                "urn:opennqf:category:" + DescriptorCategory.KZ_SKILLS.code());
        assertThat(report.dropped()).singleElement().asString()
                .startsWith("the categories of outcomes LO3, LO4 of program P1 as ELM types");
        ElmFormat.Read back = ElmFormat.jsonLd().read(new ByteArrayInputStream(out.toByteArray()), "back.jsonld");
        assertThat(back.programs()).containsExactly(program);
        assertThat(back.warnings()).isEmpty();
    }

    private static String outcome(int n, String type) {
        return "{\"id\": \"urn:q:1:lo" + n + "\", \"type\": \"LearningOutcome\", \"title\": {\"en\": \"Outcome " + n + "\"}"
                + (type.isEmpty() ? "" : ", " + type) + "}";
    }
}

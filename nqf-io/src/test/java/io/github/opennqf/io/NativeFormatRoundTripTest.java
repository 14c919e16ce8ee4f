package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.SectoralFramework;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every document type, in JSON and in YAML, over generated models ({@link ModelArbitraries}):
 * the written text is valid against the JSON Schema published in the jar, reads back to an equal
 * value (as a string, as UTF-8 bytes and as an untyped document), and writing is deterministic
 * (the same value, and the value read back, give the same text).
 */
class NativeFormatRoundTripTest {
    private static final List<NativeFormat> FORMATS = List.of(NativeFormat.json(), NativeFormat.yaml());

    @Property(tries = 100)
    void frameworks(@ForAll("framework") QualificationsFramework value) {
        roundTrip(DocumentType.FRAMEWORK, value);
    }

    @Property(tries = 150)
    void levelMappings(@ForAll("levelMappings") List<LevelMapping> value) {
        roundTrip(DocumentType.LEVEL_MAPPINGS, value);
    }

    @Property(tries = 150)
    void sectoralFrameworks(@ForAll("sectoralFramework") SectoralFramework value) {
        roundTrip(DocumentType.SECTORAL_FRAMEWORK, value);
    }

    @Property(tries = 120)
    void standards(@ForAll("standards") List<ProfessionalStandard> value) {
        roundTrip(DocumentType.STANDARDS, value);
    }

    @Property(tries = 100)
    void programs(@ForAll("programs") List<EducationalProgram> value) {
        roundTrip(DocumentType.PROGRAMS, value);
    }

    @Property(tries = 120)
    void applicants(@ForAll("applicants") List<ApplicantProfile> value) {
        roundTrip(DocumentType.APPLICANTS, value);
    }

    @Property(tries = 80)
    void coverageReports(@ForAll("coverageReports") List<CoverageReport> value) {
        roundTrip(DocumentType.COVERAGE_REPORTS, value);
    }

    @Property(tries = 50)
    void rankings(@ForAll("rankings") List<Ranking> value) {
        roundTrip(DocumentType.RANKINGS, value);
    }

    @Property(tries = 120)
    void applicantsAsJsonLines(@ForAll("applicants") List<ApplicantProfile> value) {
        StringWriter out = new StringWriter();
        JsonLines.applicants().write(value, out);
        String text = out.toString();

        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, value.size());
        assertThat(text).as("one line per applicant, each ending with a newline").hasLineCount(value.size());
        for (String line : lines) {
            JsonNode applicant = PublishedSchemas.tree("json", line);
            assertThat(PublishedSchemas.applicantViolations(applicant)).as("line %s", line).isEmpty();
        }
        List<ApplicantProfile> back = new ArrayList<>();
        long delivered = JsonLines.applicants().read(new StringReader(text), "generated.jsonl", back::add);

        assertThat(delivered).isEqualTo(value.size());
        assertThat(back).isEqualTo(value);
        StringWriter again = new StringWriter();
        JsonLines.applicants().write(back, again);
        assertThat(again.toString()).isEqualTo(text);
    }

    private static <T> void roundTrip(DocumentType<T> type, T value) {
        for (NativeFormat format : FORMATS) {
            String text = format.writeString(type, value);

            assertThat(format.writeString(type, value)).as("%s writes the same value the same way", format)
                    .isEqualTo(text);
            assertThat(PublishedSchemas.violations(type, PublishedSchemas.tree(format.name(), text)))
                    .as("the %s document checked against %s:%n%s", format, type.schemaResource(), text)
                    .isEmpty();
            T back = format.readString(text, type);
            assertThat(back).as("read back from %s:%n%s", format, text).isEqualTo(value);
            assertThat(format.writeString(type, back)).as("%s writes the value read back the same way", format)
                    .isEqualTo(text);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.write(type, value, bytes);
            assertThat(format.read(new ByteArrayInputStream(bytes.toByteArray()), "generated", type))
                    .as("read back from %s bytes", format).isEqualTo(value);
            Document<?> any = format.read(new StringReader(text), "generated");
            assertThat(any.type()).isSameAs(type);
            assertThat(any.value()).isEqualTo(value);
        }
    }

    @Provide
    Arbitrary<QualificationsFramework> framework() {
        return ModelArbitraries.framework();
    }

    @Provide
    Arbitrary<List<LevelMapping>> levelMappings() {
        return ModelArbitraries.levelMappings();
    }

    @Provide
    Arbitrary<SectoralFramework> sectoralFramework() {
        return ModelArbitraries.sectoralFramework();
    }

    @Provide
    Arbitrary<List<ProfessionalStandard>> standards() {
        return ModelArbitraries.standards();
    }

    @Provide
    Arbitrary<List<EducationalProgram>> programs() {
        return ModelArbitraries.programs();
    }

    @Provide
    Arbitrary<List<ApplicantProfile>> applicants() {
        return ModelArbitraries.applicants();
    }

    @Provide
    Arbitrary<List<CoverageReport>> coverageReports() {
        return ModelArbitraries.coverageReports();
    }

    @Provide
    Arbitrary<List<Ranking>> rankings() {
        return ModelArbitraries.rankings();
    }
}

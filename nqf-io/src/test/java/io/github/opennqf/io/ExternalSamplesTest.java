package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.opennqf.code.ConceptRef;
import io.github.opennqf.code.IscedField;
import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.cfpackage.CasePackage;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.program.CreditSystem;
import io.github.opennqf.program.Credits;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.standard.Requirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every published CASE and ELM sample in ../shared/data/formats is read, or refused with its
 * reason asserted; what a reader skips is asserted too.
 */
class ExternalSamplesTest {
    private static Path formats(String sub) {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).toAbsolutePath().normalize()
                .resolve("formats").resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir), "the format samples are not at " + dir
                + " (set -Dopennqf.shared.data)");
        return dir;
    }

    @Test
    void caseOrderingKeepsCodesAndTreeOrder() {
        Path file = formats("case").resolve("Ordering.json");
        CaseFormat.Read read = CaseFormat.json().readWithWarnings(file);
        CasePackage pkg = read.value();
        assertThat(pkg.items()).hasSize(28);
        assertThat(pkg.associations()).hasSize(28).allSatisfy(a -> assertThat(a.associationType()).isEqualTo("isChildOf"));
        assertThat(read.warnings()).extracting(ReadProblem::message)
                .contains("CFPackage field 'CFDefinitions' is not read", "CFDocument field 'CFPackageURI' is not read");
        ProfessionalStandard standard = pkg.toStandard();
        assertThat(standard.code()).isEqualTo("a33fc64e-5c40-11e7-82c4-3d54268aa9ee");
        assertThat(standard.passport().title().get("und")).contains("ACT Holistic Framework, Math");
        List<Requirement> requirements = standard.requirements();
        assertThat(requirements).hasSize(28);
        assertThat(requirements.get(0).id()).isEqualTo("H.A.MATH.GM");
        assertThat(requirements).extracting(Requirement::id).contains("H.A.MATH.GM.PF.2DFP.L1.1");
        assertThat(Documents.defaults().detect(file)).isEqualTo(FileFormat.CASE);
    }

    @Test
    void caseOpenSaltSampleReadsPre10QuirksAndExactMatches() {
        Path file = formats("case").resolve("opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json");
        CaseFormat.Read read = CaseFormat.json().readWithWarnings(file);
        CasePackage pkg = read.value();
        assertThat(pkg.items()).hasSize(16);
        assertThat(pkg.associations()).hasSize(39);
        assertThat(pkg.associations().stream().filter(a -> a.associationType().equals("exactMatchOf"))).hasSize(16);
        assertThat(pkg.items().get(0).educationLevel()).containsExactly("06");
        assertThat(pkg.document().adoptionStatus()).isEqualTo("Draft");
        assertThat(read.warnings()).extracting(ReadProblem::message)
                .contains("CFItem field 'CFItemAssociationURI' is not read (in 16 places; the first is here)");
        Requirement first = pkg.toStandard().requirements().get(0);
        assertThat(first.text().get("en")).isPresent();
        assertThat(first.concepts()).hasSize(2).first()
                .isEqualTo(ConceptRef.parse(pkg.items().stream().filter(i -> i.humanCodingScheme() != null
                        && i.humanCodingScheme().equals(first.id())).findFirst().orElseThrow().uri().toString()));
    }

    @Test
    void caseSequenceNumbersOrderSiblings() {
        CasePackage pkg = CaseFormat.json().read(formats("case").resolve("SequenceNumberFramework.json"));
        assertThat(pkg.toStandard().requirements()).extracting(Requirement::id).containsExactly("SNT.2", "SNT.1");
        assertThat(pkg.items().get(0).humanCodingScheme()).isEqualTo("SNT.1");
        assertThat(pkg.associations().get(0).sequenceNumber()).isEqualTo(2);
    }

    @Test
    void caseMarkdownStatementsAreKeptVerbatim() {
        CasePackage pkg = CaseFormat.json().read(formats("case").resolve("MarkdownFramework.json"));
        assertThat(pkg.toStandard().requirements()).anySatisfy(r ->
                assertThat(r.text().get("und").orElseThrow()).contains("| Column 1 | Column 2 |\r\n").contains("\\sqrt"));
    }

    @Test
    void elmMicroCredentialGivesItsQualification() {
        Path file = formats("elm").resolve("Sample-MC-Annex1-unsigned.jsonld");
        ElmFormat.Read read = ElmFormat.jsonLd().read(file);
        EducationalProgram program = read.programs().get(0);
        assertThat(read.programs()).hasSize(1);
        assertThat(program.id()).isEqualTo("urn:epass:qualification:1");
        assertThat(program.title().get("en")).contains("Digital micro-credential creation");
        assertThat(program.level()).isEqualTo(LevelRef.parse("eqf:2017/6"));
        assertThat(program.credits()).isEqualTo(Credits.of(2, CreditSystem.ECTS));
        assertThat(program.field()).isEqualTo(IscedField.parse("003"));
        assertThat(program.outcomes()).hasSize(2);
        assertThat(program.outcomes().get(0).concepts()).hasSize(3);
        assertThat(program.outcomes().get(1).statement().languages()).containsExactlyInAnyOrder("en", "es");
        assertThat(program.outcomes().get(1).concepts()).hasSize(3);
        assertThat(read.warnings()).extracting(ReadProblem::message).contains(
                "Qualification field 'volumeOfLearning' is not read",
                "Qualification field 'maximumDuration' is not read",
                "LearningOutcome field 'reusabilityLevel' is not read",
                "a program has one ISCED-F field; thematicArea http://data.europa.eu/snb/isced-f/0688 is not read",
                "nqfLevel http://data.europa.eu/snb/qdr/c_c392e7a2 is not a level of a framework OpenNQF knows; not read");
        assertThat(Documents.defaults().read(file).warnings()).isEqualTo(read.warnings());
    }

    @Test
    void elmCredentialsWithoutQualificationAreRefusedWithTheirReason() {
        // located outside the lambdas, so that missing shared data skips the test instead of failing it
        java.nio.file.Path elm = formats("elm");
        for (String name : List.of("Sample-CertOfPart-unsigned.jsonld", "credential-sample-v3.1.jsonld")) {
            assertThatThrownBy(() -> ElmFormat.jsonLd().read(elm.resolve(name)))
                    .isInstanceOf(ReadException.class)
                    .satisfies(e -> assertThat(((ReadException) e).problems()).singleElement().satisfies(p -> {
                        assertThat(p.reason()).isEqualTo(ReadProblem.Reason.MISSING_FIELD);
                        assertThat(p.message()).startsWith("no object of type Qualification in the document");
                    }));
        }
    }

    @Test
    void signedElmCredentialIsRefusedWithItsReason() {
        java.nio.file.Path signed = formats("elm").resolve("Sample-MC-Annex1-signed.jsonld");
        assertThatThrownBy(() -> ElmFormat.jsonLd().read(signed))
                .isInstanceOf(ReadException.class)
                .hasMessageContaining("signed credential (JWS JSON serialization)");
        assertThatThrownBy(() -> {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(signed)) {
                ElmFormat.jsonLd().read(in, "signed.jsonld");
            }
        }).isInstanceOf(ReadException.class)
                .satisfies(e -> assertThat(((ReadException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.location().jsonPointer()).isEqualTo("/payload");
                    assertThat(p.message()).contains("signed credential (JWS JSON serialization)");
                }));
    }
}

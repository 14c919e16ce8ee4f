package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortEstimator;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.ProgramDesigner;
import io.github.opennqf.design.ProgramQualityCheck;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.RecognitionPolicy;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example documents in {@code docs/examples}: each is valid against its published schema and
 * reads with {@link NativeFormat} (or {@link JsonLines}), there is one of every document type, and
 * the match results are what the {@link Matcher} gives for the example programs and standards.
 * After changing the programs or standards, regenerate the match results and the JSON-lines copy
 * of the applicants with
 * {@code ./mvnw -pl nqf-io -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dopennqf.writeExamples=true}.
 */
class ExamplesTest {
    /** Tests run in the module's directory. */
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final boolean WRITE = Boolean.getBoolean("opennqf.writeExamples");

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theExamplesHoldOneDocumentOfEachType() throws IOException {
        List<String> declared = new ArrayList<>();
        for (Path file : documents()) {
            declared.add(NativeFormat.forFile(file).read(file).type().name());
        }

        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                DocumentType.all().stream().map(DocumentType::name).toList());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void eachDocumentIsValidAgainstItsPublishedSchemaAndReads(Path file) throws IOException {
        NativeFormat format = NativeFormat.forFile(file);
        JsonNode tree = PublishedSchemas.tree(format.name(), Files.readString(file, StandardCharsets.UTF_8));

        Document<?> document = format.read(file);

        assertThat(tree.path("type").asText()).isEqualTo(document.type().name());
        assertThat(PublishedSchemas.violations(document.type(), tree)).isEmpty();
        assertThat(document.value()).satisfies(v -> assertThat(v instanceof Collection<?> c ? c : List.of(v)).isNotEmpty());
        if (tree.has("$schema")) {
            assertThat(tree.get("$schema").asText()).as("$schema names the published schema's $id")
                    .isEqualTo(schemaId(document.type()));
        }
        assertThat(rewritten(format, document)).as("what NativeFormat writes of it reads back equal")
                .isEqualTo(document.value());
    }

    @Test
    void theJsonLinesExampleHoldsTheApplicantsOfTheApplicantsDocument() throws IOException {
        List<ApplicantProfile> applicants = NativeFormat.json().read(EXAMPLES.resolve("applicants.json"),
                DocumentType.APPLICANTS);
        Path lines = EXAMPLES.resolve("applicants.jsonl");
        if (WRITE) {
            StringWriter out = new StringWriter();
            JsonLines.applicants().write(applicants, out);
            Files.writeString(lines, out.toString(), StandardCharsets.UTF_8);
        }

        List<ApplicantProfile> streamed = new ArrayList<>();
        long delivered = JsonLines.applicants().read(lines, streamed::add);

        assertThat(delivered).isEqualTo(applicants.size());
        assertThat(streamed).isEqualTo(applicants);
        for (String line : Files.readAllLines(lines, StandardCharsets.UTF_8)) {
            assertThat(PublishedSchemas.applicantViolations(PublishedSchemas.tree("json", line))).as(line).isEmpty();
        }
    }

    @Test
    void theMatchResultsAreWhatTheMatcherGivesForTheExampleProgramsAndStandards() throws IOException {
        List<EducationalProgram> programs = NativeFormat.json().read(EXAMPLES.resolve("programs.json"),
                DocumentType.PROGRAMS);
        List<ProfessionalStandard> standards = NativeFormat.yaml().read(EXAMPLES.resolve("standards.yaml"),
                DocumentType.STANDARDS);
        Matcher matcher = Matcher.builder().programs(programs).standards(standards).build();
        List<CoverageReport> reports = new ArrayList<>();
        for (EducationalProgram program : programs) {
            for (ProfessionalStandard standard : standards) {
                reports.add(matcher.coverage(program, standard));
            }
        }
        List<Ranking> rankings = standards.stream().map(s -> matcher.programRanking(s, 1)).toList();

        assertMatchesFile(DocumentType.COVERAGE_REPORTS, reports, EXAMPLES.resolve("coverageReports.json"));
        assertMatchesFile(DocumentType.RANKINGS, rankings, EXAMPLES.resolve("rankings.json"));
        assertThat(reports).anySatisfy(r -> assertThat(r.score()).isGreaterThan(0.5));
        assertThat(rankings.get(0).explained()).first()
                .satisfies(m -> assertThat(m.candidateId()).isEqualTo("6B06101"));
    }

    @Test
    void theDesignResultsAreWhatTheLibraryGivesForTheExampleProgramsAndStandards() throws IOException {
        List<EducationalProgram> programs = NativeFormat.json().read(EXAMPLES.resolve("programs.json"),
                DocumentType.PROGRAMS);
        List<ProfessionalStandard> standards = NativeFormat.yaml().read(EXAMPLES.resolve("standards.yaml"),
                DocumentType.STANDARDS);
        ProfessionalStandard standard = standards.get(0);
        List<ProgramDesign> designs = List.of(ProgramDesigner.withDefaults().design(standard,
                standard.professionCards().get(0).id()));
        List<QaReport> qa = programs.stream().map(ProgramQualityCheck.withDefaults()::check).toList();
        EffortEstimator estimator = EffortEstimator.withDefaults();
        List<EffortEstimate> effort = List.of(estimator.estimate(programs.get(0), standard),
                estimator.estimateNew(designs.get(0).program()));

        assertMatchesFile(DocumentType.PROGRAM_DESIGNS, designs, EXAMPLES.resolve("programDesigns.json"));
        assertMatchesFile(DocumentType.QA_REPORTS, qa, EXAMPLES.resolve("qaReports.json"));
        assertMatchesFile(DocumentType.EFFORT_ESTIMATES, effort, EXAMPLES.resolve("effortEstimates.json"));
        assertThat(ProgramQualityCheck.withDefaults().check(designs.get(0).program()).passed()).isTrue();
    }

    @Test
    void theApplicantRankingIsWhatTheAssessorGivesForTheExampleApplicants() throws IOException {
        List<EducationalProgram> programs = NativeFormat.json().read(EXAMPLES.resolve("programs.json"),
                DocumentType.PROGRAMS);
        List<ProfessionalStandard> standards = NativeFormat.yaml().read(EXAMPLES.resolve("standards.yaml"),
                DocumentType.STANDARDS);
        List<ApplicantProfile> applicants = NativeFormat.json().read(EXAMPLES.resolve("applicants.json"),
                DocumentType.APPLICANTS);
        RecognitionPolicy policy = NativeFormat.yaml().read(EXAMPLES.resolve("recognitionPolicy.yaml"),
                DocumentType.RECOGNITION_POLICY);
        ProfessionalStandard standard = standards.get(0);
        ApplicantAssessor assessor = ApplicantAssessor.builder(Matcher.builder().standards(standards).build(), standard,
                        standard.professionCards().get(0).id())
                .programs(id -> programs.stream().filter(p -> p.id().equals(id)).findFirst())
                .policy(policy).on(java.time.LocalDate.of(2026, 12, 1)).build();
        List<ApplicantRanking> rankings = List.of(assessor.rank(applicants, applicants.size(),
                java.util.concurrent.ForkJoinPool.commonPool()));

        assertMatchesFile(DocumentType.APPLICANT_RANKINGS, rankings, EXAMPLES.resolve("applicantRankings.json"));
        assertThat(policy).isNotEqualTo(RecognitionPolicy.DEFAULTS);
        assertThat(rankings.get(0).top()).hasSize(applicants.size());
    }

    @Test
    void theReadmeSaysWhatEachExampleShows() throws IOException {
        String readme = Files.readString(EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> files;
        try (Stream<Path> all = Files.list(EXAMPLES)) {
            files = all.map(f -> f.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList();
        }

        assertThat(files).hasSize(DocumentType.all().size() + 1).contains("applicants.jsonl");
        assertThat(files).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    /** Writes the value when regenerating, then compares the file with it, numbers to 1e-9. */
    private static <T> void assertMatchesFile(DocumentType<T> type, T value, Path file) throws IOException {
        String generated = NativeFormat.json().writeString(type, value);
        if (WRITE) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertSameTree(PublishedSchemas.tree("json", Files.readString(file, StandardCharsets.UTF_8)),
                PublishedSchemas.tree("json", generated), file.getFileName().toString());
    }

    private static void assertSameTree(JsonNode expected, JsonNode actual, String at) {
        if (expected.isNumber() && actual.isNumber()) {
            assertThat(actual.doubleValue()).as("%s (regenerate with -Dopennqf.writeExamples=true)", at)
                    .isCloseTo(expected.doubleValue(), within(1e-9));
            return;
        }
        assertThat(actual.getNodeType()).as(at).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(names(actual)).as("fields of %s", at).isEqualTo(names(expected));
            expected.fields().forEachRemaining(e -> assertSameTree(e.getValue(), actual.get(e.getKey()),
                    at + "/" + e.getKey()));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("size of %s", at).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameTree(expected.get(i), actual.get(i), at + "/" + i);
            }
        } else {
            assertThat(actual).as("%s (regenerate with -Dopennqf.writeExamples=true)", at).isEqualTo(expected);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String schemaId(DocumentType<?> type) throws IOException {
        try (InputStream in = DocumentType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).isNotNull();
            return PublishedSchemas.tree("json", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .get("$id").asText();
        }
    }

    /** @return the document's value written by {@code format} and read back */
    private static <T> T rewritten(NativeFormat format, Document<T> document) {
        return format.readString(format.writeString(document.type(), document.value()), document.type());
    }
}

package io.github.opennqf.io;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.framework.LevelMapping;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.framework.SectoralFramework;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.RecognitionPolicy;
import io.github.opennqf.standard.ProfessionalStandard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of native OpenNQF document, each holding one kind of model value. A document names its
 * kind in its {@code type} field and carries the value under a field of the same name:
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "type": "programs",
 *   "programs": [ { "id": "6B06101", "title": {"en": "Software engineering"}, ... } ]
 * }
 * }</pre>
 *
 * <p>Every kind has a JSON Schema (draft 2020-12) in this jar, at {@link #schemaResource()}. The
 * match-result kinds ({@link #COVERAGE_REPORTS}, {@link #RANKINGS}) and the program-design kinds
 * ({@link #PROGRAM_DESIGNS}, {@link #QA_REPORTS}, {@link #EFFORT_ESTIMATES}) and the applicant
 * kinds ({@link #APPLICANT_RANKINGS}, {@link #RECOGNITION_POLICY}) hold types of the
 * {@code nqf-matching} module, which must then be on the class path.
 *
 * <p>Instances are constants: immutable and thread-safe.
 *
 * @param <T> the type of value the document holds
 * @since 0.1.0
 */
public final class DocumentType<T> {
    /** A qualifications framework with its levels and descriptors. */
    public static final DocumentType<QualificationsFramework> FRAMEWORK = new DocumentType<>("framework");
    /** Level mappings between frameworks. */
    public static final DocumentType<List<LevelMapping>> LEVEL_MAPPINGS = new DocumentType<>("levelMappings");
    /** A sectoral framework. */
    public static final DocumentType<SectoralFramework> SECTORAL_FRAMEWORK = new DocumentType<>("sectoralFramework");
    /** Professional standards. */
    public static final DocumentType<List<ProfessionalStandard>> STANDARDS = new DocumentType<>("standards");
    /** Educational programs. */
    public static final DocumentType<List<EducationalProgram>> PROGRAMS = new DocumentType<>("programs");
    /** Applicants with their evidence. */
    public static final DocumentType<List<ApplicantProfile>> APPLICANTS = new DocumentType<>("applicants");
    /** Coverage reports (needs {@code nqf-matching} on the class path). */
    public static final DocumentType<List<CoverageReport>> COVERAGE_REPORTS = new DocumentType<>("coverageReports");
    /** Rankings, with their explained top matches (needs {@code nqf-matching} on the class path). */
    public static final DocumentType<List<Ranking>> RANKINGS = new DocumentType<>("rankings");

    /** Program designs: skeletons with their links to requirements (needs {@code nqf-matching}). */
    public static final DocumentType<List<ProgramDesign>> PROGRAM_DESIGNS = new DocumentType<>("programDesigns");
    /** Level-consistency QA reports of programs (needs {@code nqf-matching}). */
    public static final DocumentType<List<QaReport>> QA_REPORTS = new DocumentType<>("qaReports");
    /** Effort estimates of developing or aligning programs (needs {@code nqf-matching}). */
    public static final DocumentType<List<EffortEstimate>> EFFORT_ESTIMATES = new DocumentType<>("effortEstimates");

    /**
     * Rankings of applicants for profession cards, each applicant's assessment explained (needs
     * {@code nqf-matching}); {@code MatchReports.defaults().writeJson(ApplicantRanking, Writer)} writes one.
     */
    public static final DocumentType<List<ApplicantRanking>> APPLICANT_RANKINGS = new DocumentType<>("applicantRankings");
    /**
     * A recognition policy: how evidence of each kind and status counts (needs {@code nqf-matching}).
     * Every field is optional and defaults to {@link RecognitionPolicy#DEFAULTS}; a weight map may
     * name only the kinds or statuses it changes.
     */
    public static final DocumentType<RecognitionPolicy> RECOGNITION_POLICY = new DocumentType<>("recognitionPolicy");

    private static final List<DocumentType<?>> ALL = List.of(FRAMEWORK, LEVEL_MAPPINGS, SECTORAL_FRAMEWORK, STANDARDS,
            PROGRAMS, APPLICANTS, COVERAGE_REPORTS, RANKINGS, PROGRAM_DESIGNS, QA_REPORTS, EFFORT_ESTIMATES,
            APPLICANT_RANKINGS, RECOGNITION_POLICY);

    private final String name;

    private DocumentType(String name) {
        this.name = name;
    }

    /** @return every document type, in a fixed order */
    public static List<DocumentType<?>> all() {
        return ALL;
    }

    /**
     * @param name a type name as written in documents, such as {@code standards}
     * @return the type, or empty if there is none of that name
     */
    public static Optional<DocumentType<?>> named(String name) {
        Objects.requireNonNull(name, "name");
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    /** @return the name written in the document's {@code type} field, such as {@code standards} */
    public String name() {
        return name;
    }

    /**
     * @return the class-path resource of this type's JSON Schema, such as
     *     {@code /io/github/opennqf/io/schema/1.0/standards.schema.json}
     */
    public String schemaResource() {
        return "/io/github/opennqf/io/schema/" + NativeFormat.FORMAT_VERSION + "/" + name + ".schema.json";
    }

    /** @return the name */
    @Override
    public String toString() {
        return name;
    }
}

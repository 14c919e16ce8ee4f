package io.github.opennqf.io.elm;

import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.WriteReport;
import io.github.opennqf.io.internal.elm.ElmCodec;
import io.github.opennqf.program.EducationalProgram;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * European Learning Model v3 qualifications (JSON-LD), read and written as
 * {@link EducationalProgram}s.
 *
 * <pre>{@code
 * ElmFormat elm = ElmFormat.jsonLd();
 * ElmFormat.Read read = elm.read(Path.of("credential.jsonld"));
 * read.warnings().forEach(System.err::println);      // fields OpenNQF does not model
 * List<EducationalProgram> programs = read.programs();
 * WriteReport report = elm.write(programs, outputStream);
 * }</pre>
 *
 * <p><b>Reading</b> finds every object of type {@code Qualification} in the document (a bare
 * qualification, a {@code @graph}, or the {@code specifiedBy} of a credential's claim) and maps it:
 * <ul>
 *   <li>{@code id} → program id (an id this class wrote, {@code urn:opennqf:program:<id>}, gives back
 *       {@code <id>}); {@code title} (a language map) → title;</li>
 *   <li>{@code eqfLevel} ({@code http://data.europa.eu/snb/eqf/<n>}) → level {@code eqf:2017/<n>};
 *       an {@code nqfLevel} this class wrote ({@code urn:opennqf:level:<ref>}) → that level,
 *       which takes precedence; any other {@code nqfLevel} is a warning;</li>
 *   <li>{@code creditPoint} with the ECTS framework
 *       ({@code http://data.europa.eu/snb/education-credit/6fcec5c5af}) or one this class wrote →
 *       credits; {@code thematicArea} ({@code http://data.europa.eu/snb/isced-f/<code>}) → ISCED-F
 *       field (the first; more are warnings); {@code qualificationCode} ({@code notation}) →
 *       national program code;</li>
 *   <li>each {@code learningOutcome} → an outcome: {@code title} → statement, its
 *       {@code relatedESCOSkill} then {@code relatedSkill} ids → concepts,
 *       {@code learningOutcomeType} (ESCO's {@code skill-type/knowledge} or
 *       {@code skill-type/skill}, or {@code urn:opennqf:category:<code>}) → category, else
 *       {@code ESCO_SKILL_COMPETENCE}.</li>
 * </ul>
 * JSON-LD is read leniently: every other field of a qualification or outcome (such as
 * {@code volumeOfLearning}, {@code maximumDuration}, {@code mode}) is skipped and reported in
 * {@link Read#warnings()}, never silently dropped; the rest of the credential (issuer, subject,
 * proofs) is not read. A document with no qualification, a signed credential (JWS JSON
 * serialization) and malformed fields of a qualification are refused with a
 * {@link ReadException} whose problems carry JSON pointers and lines.
 *
 * <p><b>Writing</b> writes the programs as qualifications (one object, or a {@code @graph} for
 * several), with the mapping above in reverse: a level of the EQF as {@code eqfLevel}, of any
 * other framework as {@code nqfLevel}; outcome concepts under {@code http://data.europa.eu/esco/skill/}
 * as {@code relatedESCOSkill}, others as {@code relatedSkill}. Reading back what was written
 * gives equal programs, except that ESCO concepts come first among an outcome's concepts, for
 * every field ELM can carry; awarded qualification, modules, standard codes and outcome levels
 * cannot be, and the {@link WriteReport} lists them.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class ElmFormat {
    private final ReadLimits limits;

    private ElmFormat(ReadLimits limits) {
        this.limits = limits;
    }

    /** @return the JSON-LD format with {@link ReadLimits#DEFAULTS} */
    public static ElmFormat jsonLd() {
        return new ElmFormat(ReadLimits.DEFAULTS);
    }

    /** @param value the limits @return a copy reading within them */
    public ElmFormat withLimits(ReadLimits value) {
        return new ElmFormat(Objects.requireNonNull(value, "limits"));
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * @param file a JSON-LD file
     * @return its qualifications as programs, with warnings
     * @throws ReadException with every problem found
     */
    public Read read(Path file) {
        return ElmCodec.read(Objects.requireNonNull(file, "file"), limits);
    }

    /**
     * @param in UTF-8 JSON-LD; not closed
     * @param sourceName the name used in locations
     * @return its qualifications as programs, with warnings
     * @throws ReadException with every problem found
     */
    public Read read(InputStream in, String sourceName) {
        return ElmCodec.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(sourceName, "sourceName"), limits);
    }

    /**
     * @param programs the programs, at least one
     * @param out where to write UTF-8 JSON-LD; flushed, not closed
     * @return what ELM could not hold
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if there is no program
     */
    public WriteReport write(Collection<EducationalProgram> programs, OutputStream out) {
        return ElmCodec.write(List.copyOf(programs), Objects.requireNonNull(out, "out"));
    }

    /**
     * Qualifications read, as programs, with what the reader skipped.
     *
     * <p>Immutable and thread-safe.
     *
     * @param programs the programs, in document order
     * @param warnings one per skipped field or value, located
     * @since 0.1.0
     */
    public record Read(List<EducationalProgram> programs, List<ReadProblem> warnings) {
        /** Validates and copies. */
        public Read {
            programs = List.copyOf(programs);
            warnings = List.copyOf(warnings);
        }
    }

    /** @return {@code ElmFormat[json-ld]} */
    @Override
    public String toString() {
        return "ElmFormat[json-ld]";
    }
}

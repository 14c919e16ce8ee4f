package io.github.opennqf.io;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.io.esco.EscoClassification;
import io.github.opennqf.io.esco.EscoFormat;
import io.github.opennqf.io.internal.documents.DocumentSniffer;
import io.github.opennqf.io.internal.documents.DocumentWriter;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for reading and writing every supported format: give it a file and it
 * tells the format from the name and content, or name the format yourself.
 *
 * <pre>{@code
 * Documents documents = Documents.defaults();
 * Document<?> doc = documents.read(Path.of("framework.json"));        // native, CASE or ELM: detected
 * doc.warnings().forEach(System.err::println);                         // what a lenient reader skipped
 * List<ProfessionalStandard> standards = documents.read(Path.of("esco-v1.1.1"), FileFormat.ESCO)
 *         .as(DocumentType.STANDARDS);
 * WriteReport report = documents.write(doc, FileFormat.CSV, Path.of("out.csv"));
 * report.dropped().forEach(System.err::println);                       // what CSV could not hold
 * }</pre>
 *
 * <p><b>Detection</b> ({@link #detect(Path)}): a directory is an ESCO export; {@code .yaml} and
 * {@code .yml} are YAML, {@code .jsonl} and {@code .ndjson} JSON lines, {@code .csv} the tabular
 * format (programs or standards, told apart by a {@code standard_id} column in the header),
 * {@code .jsonld} ELM; a {@code .json} file is CASE when its start (the first 64 KiB) names
 * {@code CFDocument} or {@code CFItems}, ELM when it has a {@code @context}, else native JSON.
 * The start of a file is read within a bound, so a huge single-line file costs no more than 64 KiB
 * to detect; a file in UTF-16 is refused with a request to save it as UTF-8.
 *
 * <p><b>Reading</b> maps each format to a {@link Document}: native files to whatever type they
 * declare, CSV to programs or standards, JSON lines to applicants, ESCO to standards (one per
 * occupation, {@link EscoClassification#toStandards()}), CASE to standards (one per package,
 * {@link io.github.opennqf.io.cfpackage.CasePackage#toStandard()}), ELM to programs. The lenient
 * readers' warnings (fields skipped, values not modelled) are in {@link Document#warnings()}.
 * Failures are {@link ReadException}s with every problem located, as for each format's own class.
 *
 * <p><b>Writing</b> ({@link #write}) goes through {@link OutputFile}: atomic replacement of a
 * regular file, a stream for anything else, nothing partial left behind. The returned
 * {@link WriteReport} lists what the target format could not hold.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class Documents {
    private final ReadLimits limits;
    private final TabularOptions tabular;
    private final List<QualificationsFramework> frameworks;

    private Documents(ReadLimits limits, TabularOptions tabular, List<QualificationsFramework> frameworks) {
        this.limits = limits;
        this.tabular = tabular;
        this.frameworks = List.copyOf(frameworks);
    }

    /** @return {@link ReadLimits#DEFAULTS}, {@link TabularOptions#DEFAULTS} and the bundled frameworks */
    public static Documents defaults() {
        return new Documents(ReadLimits.DEFAULTS, TabularOptions.DEFAULTS, List.of());
    }

    /** @param value the limits of every reader @return a copy */
    public Documents withLimits(ReadLimits value) {
        Objects.requireNonNull(value, "limits");
        return new Documents(value, tabular.withLimits(value), frameworks);
    }

    /** @return the limits every reader is held to */
    public ReadLimits limits() {
        return limits;
    }

    /** @param value the options of the CSV reader and writer (their limits included) @return a copy */
    public Documents withTabularOptions(TabularOptions value) {
        return new Documents(limits, Objects.requireNonNull(value, "tabular"), frameworks);
    }

    /** @param value frameworks native documents may refer to, besides the bundled ones @return a copy */
    public Documents withFrameworks(Collection<QualificationsFramework> value) {
        List<QualificationsFramework> all = new ArrayList<>(frameworks);
        all.addAll(Objects.requireNonNull(value, "frameworks"));
        return new Documents(limits, tabular, all);
    }

    /**
     * @param file a file or, for ESCO, a directory
     * @return its format
     * @throws ReadException ({@code IO_ERROR}) if the file cannot be read, ({@code UNKNOWN_VALUE})
     *     if its name tells no format, ({@code MALFORMED_SYNTAX}) if it is UTF-16
     */
    public FileFormat detect(Path file) {
        return DocumentSniffer.detect(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a file in the format {@link #detect(Path)} finds.
     *
     * @param file the file or directory
     * @return the document
     * @throws ReadException with every problem found
     */
    public Document<?> read(Path file) {
        return read(file, detect(file));
    }

    /**
     * Reads a file in the given format.
     *
     * @param file the file or directory
     * @param format its format
     * @return the document
     * @throws ReadException with every problem found
     */
    public Document<?> read(Path file, FileFormat format) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        switch (format) {
            case JSON:
                return NativeFormat.json().withLimits(limits).withFrameworks(frameworks).read(file);
            case YAML:
                return NativeFormat.yaml().withLimits(limits).withFrameworks(frameworks).read(file);
            case JSONL: {
                List<ApplicantProfile> applicants = new ArrayList<>();
                JsonLines.applicants().withLimits(limits).withFrameworks(frameworks).read(file, applicants::add);
                return new Document<>(DocumentType.APPLICANTS, List.copyOf(applicants));
            }
            case CSV: {
                TabularFormat csv = TabularFormat.csv().withOptions(tabular);
                return DocumentSniffer.isStandardsTable(file)
                        ? new Document<>(DocumentType.STANDARDS, csv.readStandards(file))
                        : new Document<>(DocumentType.PROGRAMS, csv.readPrograms(file));
            }
            case ESCO: {
                EscoClassification esco = EscoFormat.csv().withLimits(limits).read(file);
                return new Document<>(DocumentType.STANDARDS, esco.toStandards(), esco.warnings());
            }
            case CASE: {
                CaseFormat.Read read = CaseFormat.json().withLimits(limits).readWithWarnings(file);
                List<ProfessionalStandard> standards = List.of(read.value().toStandard());
                return new Document<>(DocumentType.STANDARDS, standards, read.warnings());
            }
            default: {
                ElmFormat.Read read = ElmFormat.jsonLd().withLimits(limits).read(file);
                List<EducationalProgram> programs = read.programs();
                return new Document<>(DocumentType.PROGRAMS, programs, read.warnings());
            }
        }
    }

    /**
     * Writes a document to a file, safely (see {@link OutputFile}).
     *
     * @param document the document
     * @param format the format to write
     * @param file the file
     * @return what the format could not hold
     * @throws IllegalArgumentException if the format cannot hold the document's type
     *     ({@link FileFormat#canWrite}) or, for CASE, holds more than one standard or program
     * @throws UncheckedIOException naming the file if it cannot be written; nothing partial is left
     */
    public WriteReport write(Document<?> document, FileFormat format, Path file) {
        Objects.requireNonNull(file, "file");
        DocumentWriter.check(Objects.requireNonNull(document, "document"), Objects.requireNonNull(format, "format"));
        WriteReport[] report = new WriteReport[1];
        OutputFile.of(file).write(out -> report[0] = DocumentWriter.write(document, format, tabular, out));
        return report[0];
    }

    /**
     * Writes a document to a stream, such as standard output.
     *
     * @param document the document
     * @param format the format to write
     * @param out where to write; flushed, not closed
     * @return what the format could not hold
     * @throws IllegalArgumentException as for {@link #write(Document, FileFormat, Path)}
     * @throws UncheckedIOException if writing fails
     */
    public WriteReport write(Document<?> document, FileFormat format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        DocumentWriter.check(Objects.requireNonNull(document, "document"), Objects.requireNonNull(format, "format"));
        return DocumentWriter.write(document, format, tabular, out);
    }

    /** @return {@code Documents[limits]} */
    @Override
    public String toString() {
        return "Documents[" + limits + "]";
    }
}

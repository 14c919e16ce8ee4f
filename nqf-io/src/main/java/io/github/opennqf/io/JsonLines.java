package io.github.opennqf.io;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.io.internal.json.NativeDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applicants as JSON lines (one applicant object per line, UTF-8, as in {@code .jsonl} files),
 * read as a stream: each applicant is handed over as soon as its line is read, so a file of
 * millions of applicants is never held in memory.
 *
 * <pre>{@code
 * JsonLines lines = JsonLines.applicants();
 * long n = lines.read(Path.of("applicants.jsonl"), applicant -> score(applicant));
 *
 * try (Writer out = Files.newBufferedWriter(path)) {
 *     lines.write(applicants, out);
 * }
 * }</pre>
 *
 * <p>Each line is an object of the {@code applicant} definition of the {@code applicants}
 * document's JSON Schema ({@link DocumentType#APPLICANTS}), read with the same checks as a native
 * document. A bad line does not stop the stream: it is reported with its line and JSON pointer,
 * the good lines are still delivered, and when any line was bad the call ends with a
 * {@link ReadException} listing every bad line, so a caller cannot mistake a partly read file for
 * a complete one. Blank lines are skipped; {@link ReadLimits#maxRecords()} bounds the number of
 * lines and {@link ReadLimits#maxBytes()} the whole input.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class JsonLines {
    private static final JsonLines APPLICANTS = new JsonLines(ReadLimits.DEFAULTS, List.of());

    private final ReadLimits limits;
    private final List<QualificationsFramework> frameworks;
    private final Map<FrameworkRef, Set<Integer>> known;

    private JsonLines(ReadLimits limits, List<QualificationsFramework> frameworks) {
        this.limits = limits;
        this.frameworks = List.copyOf(frameworks);
        this.known = NativeDocuments.frameworks(this.frameworks);
    }

    /** @return applicants as JSON lines, with {@link ReadLimits#DEFAULTS} and the bundled frameworks */
    public static JsonLines applicants() {
        return APPLICANTS;
    }

    /** @param value the limits @return a copy reading within these limits */
    public JsonLines withLimits(ReadLimits value) {
        return new JsonLines(Objects.requireNonNull(value, "limits"), frameworks);
    }

    /** @param value frameworks that levels may refer to, besides the bundled ones @return a copy */
    public JsonLines withFrameworks(Collection<QualificationsFramework> value) {
        List<QualificationsFramework> all = new ArrayList<>(frameworks);
        all.addAll(Objects.requireNonNull(value, "frameworks"));
        return new JsonLines(limits, all);
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Streams the applicants of a UTF-8 file.
     *
     * @param file the file
     * @param sink receives each valid applicant, in file order
     * @return the number of applicants delivered
     * @throws ReadException after the stream ends, listing every bad line, if there was any
     */
    public long read(Path file, Consumer<? super ApplicantProfile> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        String source = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        try (InputStream raw = Files.newInputStream(file)) {
            return read(NativeDocuments.utf8(raw, limits), source, sink);
        } catch (IOException e) {
            throw new ReadException(new ReadProblem(Location.document(source), ReadProblem.Reason.IO_ERROR,
                    "cannot read " + file + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage())), e);
        }
    }

    /**
     * Streams the applicants of a text.
     *
     * @param in the text; not closed
     * @param sourceName the name used in locations
     * @param sink receives each valid applicant, in input order
     * @return the number of applicants delivered
     * @throws ReadException after the stream ends, listing every bad line, if there was any
     */
    public long read(Reader in, String sourceName, Consumer<? super ApplicantProfile> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sink, "sink");
        return NativeDocuments.readApplicantLines(NativeDocuments.bounded(in, limits), sourceName, limits, known, sink);
    }

    /**
     * Writes applicants, one compact JSON object per line.
     *
     * @param applicants the applicants
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Iterable<ApplicantProfile> applicants, Writer out) {
        Objects.requireNonNull(applicants, "applicants");
        Objects.requireNonNull(out, "out");
        NativeDocuments.writeApplicantLines(applicants, out);
    }

    /** @return {@code JsonLines[applicants]} */
    @Override
    public String toString() {
        return "JsonLines[applicants]";
    }
}

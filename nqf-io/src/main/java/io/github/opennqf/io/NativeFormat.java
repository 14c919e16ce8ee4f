package io.github.opennqf.io;

import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.QualificationsFramework;
import io.github.opennqf.io.internal.json.NativeDocuments;
import io.github.opennqf.io.internal.json.NativeDocuments.Syntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * OpenNQF's native document formats, JSON and YAML: every model type (frameworks, level mappings,
 * sectoral frameworks, standards, programs, applicants and match results) read and written as a
 * versioned document whose JSON Schema ships in this jar.
 *
 * <pre>{@code
 * NativeFormat json = NativeFormat.json();
 * List<ProfessionalStandard> standards = json.read(Path.of("standards.json"), DocumentType.STANDARDS);
 * NativeFormat.yaml().write(DocumentType.STANDARDS, standards, Path.of("standards.yaml"));
 *
 * Document<?> any = json.read(Path.of("unknown.json"));   // whatever type it declares
 * }</pre>
 *
 * <p><b>Reading is strict and all-at-once.</b> A document is parsed within the configured
 * {@link ReadLimits} (size, nesting depth, string length, list length), bound to the model and
 * validated with Jakarta Validation (Hibernate Validator): ids unique where the model says so,
 * module outcome ids that exist, levels of known frameworks. Every problem is reported together in
 * one {@link ReadException}, each with a {@link Location} holding the JSON pointer and, where the
 * value exists, its line and column: malformed syntax, a truncated file, a wrong type, a missing
 * field, an unknown field or enum value, a dangling reference, a repeated key, an exceeded limit.
 * A failed read returns nothing. No type name is ever taken from the input: the few places where
 * the model has variants (kinds of evidence) use a fixed {@code kind} discriminator.
 *
 * <p>References to frameworks (levels such as {@code "kz-nqf:2025/6"}) must resolve to a bundled
 * framework (the Kazakhstan NQF, the EQF, ISCED 2011) or to one given to
 * {@link #withFrameworks(Collection)}, and name a level that framework has.
 *
 * <p><b>Writing</b> is deterministic (same value, same bytes), UTF-8, two-space indented, and
 * leaves out optional fields at their default, which reading restores, so that reading back what
 * was written gives an equal value.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class NativeFormat {
    /** The version of the native format that this library reads and writes. */
    public static final String FORMAT_VERSION = "1.0";

    private final Syntax syntax;
    private final ReadLimits limits;
    private final List<QualificationsFramework> frameworks;
    private final Map<FrameworkRef, Set<Integer>> known;

    private NativeFormat(Syntax syntax, ReadLimits limits, List<QualificationsFramework> frameworks) {
        this.syntax = syntax;
        this.limits = limits;
        this.frameworks = List.copyOf(frameworks);
        this.known = NativeDocuments.frameworks(this.frameworks);
    }

    /** @return the JSON format with {@link ReadLimits#DEFAULTS} */
    public static NativeFormat json() {
        return new NativeFormat(Syntax.JSON, ReadLimits.DEFAULTS, List.of());
    }

    /**
     * @return the YAML format with {@link ReadLimits#DEFAULTS}; YAML aliases, anchors and tags other
     *     than the core schema's ({@code !!str}, {@code !!int}, ...) are refused, as are control
     *     characters, {@code .nan} and {@code .inf}
     */
    public static NativeFormat yaml() {
        return new NativeFormat(Syntax.YAML, ReadLimits.DEFAULTS, List.of());
    }

    /**
     * @param file a file whose name ends in {@code .json}, {@code .yaml} or {@code .yml}
     * @return the format its extension names
     * @throws IllegalArgumentException for any other extension
     */
    public static NativeFormat forFile(Path file) {
        String name = String.valueOf(Objects.requireNonNull(file, "file").getFileName()).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return json();
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml();
        }
        throw new IllegalArgumentException("cannot tell the format of " + file
                + ": expected a name ending in .json, .yaml or .yml");
    }

    /** @param value the limits @return a copy reading within these limits */
    public NativeFormat withLimits(ReadLimits value) {
        return new NativeFormat(syntax, Objects.requireNonNull(value, "limits"), frameworks);
    }

    /**
     * @param value frameworks that documents may refer to, besides the bundled ones
     * @return a copy that resolves references to these frameworks too
     */
    public NativeFormat withFrameworks(Collection<QualificationsFramework> value) {
        List<QualificationsFramework> all = new ArrayList<>(frameworks);
        all.addAll(Objects.requireNonNull(value, "frameworks"));
        return new NativeFormat(syntax, limits, all);
    }

    /** @return {@code json} or {@code yaml} */
    public String name() {
        return syntax.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a document of a known type from a UTF-8 file.
     *
     * @param file the file
     * @param type the type the document must declare
     * @param <T> the value type
     * @return the value
     * @throws ReadException with every problem found, including a document of another type
     */
    public <T> T read(Path file, DocumentType<T> type) {
        return readFile(file, Objects.requireNonNull(type, "type")).as(type);
    }

    /**
     * Reads a document of any type from a UTF-8 file.
     *
     * @param file the file
     * @return the document
     * @throws ReadException with every problem found
     */
    public Document<?> read(Path file) {
        return readFile(file, null);
    }

    /**
     * Reads a document of a known type.
     *
     * @param in the text; not closed
     * @param sourceName the name used in locations, such as a file name
     * @param type the type the document must declare
     * @param <T> the value type
     * @return the value
     * @throws ReadException with every problem found
     */
    public <T> T read(Reader in, String sourceName, DocumentType<T> type) {
        Objects.requireNonNull(type, "type");
        return readDocument(in, sourceName, type).as(type);
    }

    /**
     * Reads a document of any type.
     *
     * @param in the text; not closed
     * @param sourceName the name used in locations
     * @return the document
     * @throws ReadException with every problem found
     */
    public Document<?> read(Reader in, String sourceName) {
        return readDocument(in, sourceName, null);
    }

    /**
     * Reads a document of a known type from UTF-8 bytes; malformed UTF-8 is a problem, not a
     * replacement character.
     *
     * @param in the bytes; not closed
     * @param sourceName the name used in locations
     * @param type the type the document must declare
     * @param <T> the value type
     * @return the value
     * @throws ReadException with every problem found
     */
    public <T> T read(InputStream in, String sourceName, DocumentType<T> type) {
        Objects.requireNonNull(in, "in");
        return read(NativeDocuments.utf8(in, limits), sourceName, type);
    }

    /**
     * @param text a whole document
     * @param type the type the document must declare
     * @param <T> the value type
     * @return the value
     * @throws ReadException with every problem found
     */
    public <T> T readString(String text, DocumentType<T> type) {
        return read(new StringReader(Objects.requireNonNull(text, "text")), "<string>", type);
    }

    private Document<?> readFile(Path file, @Nullable DocumentType<?> type) {
        Objects.requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        try (InputStream raw = Files.newInputStream(file)) {
            return readDocument(NativeDocuments.utf8(raw, limits), source, type);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "access denied" : String.valueOf(e.getMessage());
            throw new ReadException(new ReadProblem(Location.document(source), ReadProblem.Reason.IO_ERROR,
                    "cannot read " + file + ": " + why), e);
        }
    }

    private Document<?> readDocument(Reader in, String sourceName, @Nullable DocumentType<?> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        return NativeDocuments.read(NativeDocuments.bounded(in, limits), sourceName, syntax, type, limits, known);
    }

    /**
     * Writes a document.
     *
     * @param type the document type
     * @param value the value
     * @param out where to write; flushed, not closed
     * @param <T> the value type
     * @throws UncheckedIOException if writing fails
     */
    public <T> void write(DocumentType<T> type, T value, Writer out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        NativeDocuments.write(syntax, type, value, out);
    }

    /**
     * Writes a document as UTF-8.
     *
     * @param type the document type
     * @param value the value
     * @param out where to write; flushed, not closed
     * @param <T> the value type
     * @throws UncheckedIOException if writing fails
     */
    public <T> void write(DocumentType<T> type, T value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        write(type, value, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * Writes a document to a UTF-8 file, replacing it.
     *
     * @param type the document type
     * @param value the value
     * @param file the file
     * @param <T> the value type
     * @throws UncheckedIOException if writing fails
     */
    public <T> void write(DocumentType<T> type, T value, Path file) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(type, value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * @param type the document type
     * @param value the value
     * @param <T> the value type
     * @return the document as text
     */
    public <T> String writeString(DocumentType<T> type, T value) {
        StringWriter out = new StringWriter();
        write(type, value, out);
        return out.toString();
    }

    /** @return {@code NativeFormat[json]} or {@code NativeFormat[yaml]} */
    @Override
    public String toString() {
        return "NativeFormat[" + name() + "]";
    }
}

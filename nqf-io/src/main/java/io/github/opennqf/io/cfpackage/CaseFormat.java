package io.github.opennqf.io.cfpackage;

import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.internal.cfpackage.CaseCodec;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * 1EdTech CASE 1.0 CFPackage JSON, read and written as a {@link CasePackage}.
 *
 * <pre>{@code
 * CaseFormat format = CaseFormat.json();
 * CasePackage pkg = format.read(Path.of("framework.json"));
 * format.write(pkg, outputStream);
 * }</pre>
 *
 * <p><b>Reading</b> is lenient about what OpenNQF does not model and strict about what it does.
 * Required are {@code CFDocument} (with {@code identifier}, {@code uri}, {@code title}) and, for
 * every item, {@code identifier}, {@code uri} and {@code fullStatement}, and for every association
 * {@code identifier}, {@code uri}, {@code associationType}, {@code originNodeURI} and
 * {@code destinationNodeURI}. Link fields may be CASE 1.0 {@code LinkURI} objects or, as in
 * pre-1.0 exports, plain URI strings; a pre-1.0 {@code educationalLevel} string is read as a
 * one-element {@code educationLevel}. Every other field is skipped and listed in
 * {@link #readWithWarnings} as a warning, never silently. Problems are all reported at once, each
 * with its JSON pointer, line and column: malformed JSON, a missing or mistyped required field, a
 * URI that is not one, a repeated item identifier, a limit of {@link ReadLimits} exceeded.
 *
 * <p><b>Writing</b> writes the CASE 1.0 shape ({@code LinkURI} objects, {@code educationLevel}
 * arrays), two-space indented, deterministic.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies.
 *
 * @since 0.1.0
 */
public final class CaseFormat {
    private final ReadLimits limits;

    private CaseFormat(ReadLimits limits) {
        this.limits = limits;
    }

    /** @return the JSON format with {@link ReadLimits#DEFAULTS} */
    public static CaseFormat json() {
        return new CaseFormat(ReadLimits.DEFAULTS);
    }

    /** @param value the limits @return a copy reading within them */
    public CaseFormat withLimits(ReadLimits value) {
        return new CaseFormat(Objects.requireNonNull(value, "limits"));
    }

    /** @return the limits reads are held to */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * @param file a CFPackage JSON file
     * @return the package
     * @throws ReadException with every problem found
     */
    public CasePackage read(Path file) {
        return readWithWarnings(file).value();
    }

    /**
     * @param file a CFPackage JSON file
     * @return the package, with a warning for every field skipped
     * @throws ReadException with every problem found
     */
    public CaseFormat.Read readWithWarnings(Path file) {
        return CaseCodec.read(Objects.requireNonNull(file, "file"), limits);
    }

    /**
     * @param in UTF-8 JSON; not closed
     * @param sourceName the name used in locations
     * @return the package, with a warning for every field skipped
     * @throws ReadException with every problem found
     */
    public CaseFormat.Read readWithWarnings(InputStream in, String sourceName) {
        return CaseCodec.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(sourceName, "sourceName"), limits);
    }

    /**
     * @param pkg the package
     * @param out where to write UTF-8 JSON; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(CasePackage pkg, OutputStream out) {
        CaseCodec.write(Objects.requireNonNull(pkg, "pkg"), Objects.requireNonNull(out, "out"));
    }

    /**
     * A package read, with what the reader skipped.
     *
     * <p>Immutable and thread-safe.
     *
     * @param value the package
     * @param warnings one per skipped field, located
     * @since 0.1.0
     */
    public record Read(CasePackage value, List<ReadProblem> warnings) {
        /** Validates and copies. */
        public Read {
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    /** @return {@code CaseFormat[json]} */
    @Override
    public String toString() {
        return "CaseFormat[json]";
    }
}

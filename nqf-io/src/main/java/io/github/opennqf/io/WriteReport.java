package io.github.opennqf.io;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Documents#write} wrote: the format, and what the format could not hold and so left
 * out, in words a person can act on (empty when the document was written whole).
 *
 * <pre>{@code
 * WriteReport report = documents.write(document, FileFormat.CSV, Path.of("programs.csv"));
 * report.dropped().forEach(System.err::println);   // "credits of 3 programs", ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param format the format written
 * @param dropped what was left out, one phrase each; empty when nothing was
 * @since 0.1.0
 */
public record WriteReport(FileFormat format, List<String> dropped) {

    /** Validates and copies. */
    public WriteReport {
        Objects.requireNonNull(format, "format");
        dropped = List.copyOf(dropped);
    }

    /** @return {@code true} when the document was written whole */
    public boolean isLossless() {
        return dropped.isEmpty();
    }
}

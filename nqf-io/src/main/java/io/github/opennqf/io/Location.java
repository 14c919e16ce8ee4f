package io.github.opennqf.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where in an input a problem was found: a line and column for text formats such as CSV, a JSON
 * pointer for JSON and YAML documents, or the document as a whole.
 *
 * <pre>{@code
 * Location.at("programs.csv", 12, 5);                 // programs.csv:12:5
 * Location.pointer("program.json", "/outcomes/3/id"); // program.json#/outcomes/3/id
 * Location.document("program.json");                 // program.json
 * }</pre>
 *
 * <p>Lines and columns count from 1. Immutable and thread-safe.
 *
 * @param source the name of the input, such as a file name
 * @param line the line, from 1, or 0 when not known
 * @param column the column, from 1, or 0 when not known
 * @param jsonPointer an RFC 6901 JSON pointer, or {@code null}
 * @since 0.1.0
 */
public record Location(String source, long line, long column, @Nullable String jsonPointer) {

    /** Validates. */
    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /**
     * @param source the input's name
     * @param line the line, from 1
     * @param column the column, from 1, or 0 for the whole line
     * @return the location
     */
    public static Location at(String source, long line, long column) {
        return new Location(source, line, column, null);
    }

    /**
     * @param source the input's name
     * @param jsonPointer an RFC 6901 pointer such as {@code /outcomes/3/id}
     * @return the location
     */
    public static Location pointer(String source, String jsonPointer) {
        return new Location(source, 0, 0, Objects.requireNonNull(jsonPointer, "jsonPointer"));
    }

    /**
     * @param source the input's name
     * @return the location of the input as a whole
     */
    public static Location document(String source) {
        return new Location(source, 0, 0, null);
    }

    /** @return {@code source:line:column}, {@code source#pointer}, or the source alone */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (jsonPointer != null) {
            sb.append('#').append(jsonPointer);
        }
        return sb.toString();
    }
}

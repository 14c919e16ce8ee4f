package io.github.opennqf.io;

import java.util.Objects;

/**
 * One problem found while reading an input: where, what kind, and a message for a person.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location where the problem is
 * @param reason what kind of problem it is
 * @param message what is wrong, written for a person, without the location
 * @since 0.1.0
 */
public record ReadProblem(Location location, Reason reason, String message) {

    /** Validates. */
    public ReadProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code location: message}, for example {@code programs.csv:12:5: unknown category 'skil'} */
    @Override
    public String toString() {
        return location + ": " + message;
    }

    /** The kinds of problem a reader reports. */
    public enum Reason {
        /** The text is not well-formed in its format (unbalanced quote, bad JSON token). */
        MALFORMED_SYNTAX,
        /** The input ended in the middle of a record or document. */
        TRUNCATED,
        /** A value has the wrong type, such as text where a number belongs. */
        WRONG_TYPE,
        /** A required field or column is absent or empty. */
        MISSING_FIELD,
        /** A field or column that the format does not define. */
        UNKNOWN_FIELD,
        /** A value outside its enumeration, such as an unknown category. */
        UNKNOWN_VALUE,
        /** A value of the right type that breaks a rule of the model. */
        INVALID_VALUE,
        /** A reference to something the input does not contain. */
        DANGLING_REFERENCE,
        /** A repeated id or a contradictory repeated record. */
        DUPLICATE,
        /** A configured limit (size, depth, string length, record count) was exceeded. */
        LIMIT_EXCEEDED,
        /** The input could not be read at all. */
        IO_ERROR
    }
}

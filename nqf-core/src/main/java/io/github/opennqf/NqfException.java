package io.github.opennqf;

/**
 * The root of every exception OpenNQF throws on purpose.
 *
 * <p>Catch this type to handle any OpenNQF failure in one place. Subtypes say what kind of
 * failure it was: {@link InvalidValueException} for a value that breaks its own invariants;
 * readers in {@code nqf-io} add subtypes that carry the location of bad input.
 *
 * <p>Instances are immutable once constructed and may be shared between threads.
 *
 * @since 0.1.0
 */
public class NqfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, written for a person
     */
    public NqfException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, written for a person
     * @param cause the underlying failure
     */
    public NqfException(String message, Throwable cause) {
        super(message, cause);
    }
}

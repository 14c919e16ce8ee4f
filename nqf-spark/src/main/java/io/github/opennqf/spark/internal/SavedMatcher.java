package io.github.opennqf.spark.internal;

import io.github.opennqf.matching.Matcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A matcher in its saved form ({@link Matcher#save}), the value broadcast to the executors, with
 * the SHA-256 of its bytes as the key of the executors' cache. Immutable (the array is never
 * handed out) and thread-safe.
 */
public final class SavedMatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String sha256;
    private final byte[] bytes;

    private SavedMatcher(String sha256, byte[] bytes) {
        this.sha256 = sha256;
        this.bytes = bytes;
    }

    /**
     * Saves a lexical matcher and loads the bytes back once, so that a matcher the executors could
     * not load (one with an embedder) is refused on the driver, before any job runs.
     *
     * @param matcher the matcher
     * @return its saved form
     * @throws IllegalArgumentException if the saved form cannot be loaded without an embedder
     */
    public static SavedMatcher of(Matcher matcher) {
        Objects.requireNonNull(matcher, "matcher");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            matcher.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the matcher in memory", e);
        }
        byte[] bytes = out.toByteArray();
        SavedMatcher saved = new SavedMatcher(sha256(bytes), bytes);
        try {
            saved.load();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the matcher cannot be shipped to the executors: " + e.getMessage()
                    + " (only lexical matchers, built without an embedder, are supported)", e);
        }
        return saved;
    }

    /** @return the SHA-256 of the saved bytes, in hex */
    public String sha256() {
        return sha256;
    }

    /** @return the size of the saved form, in bytes */
    public long size() {
        return bytes.length;
    }

    /** @return a new matcher loaded from the saved bytes */
    Matcher load() {
        try {
            return Matcher.loader().load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the broadcast matcher", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

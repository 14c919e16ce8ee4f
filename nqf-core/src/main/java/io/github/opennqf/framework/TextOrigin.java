package io.github.opennqf.framework;

/**
 * Whether descriptor texts are the official wording or a paraphrase of it.
 *
 * @since 0.1.0
 */
public enum TextOrigin {
    /** The official wording, verbatim, as published by the owner of the framework. */
    OFFICIAL,
    /** A paraphrase written from the official source; its {@link Provenance} names the source. */
    PARAPHRASE
}

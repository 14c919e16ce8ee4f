/**
 * The European Learning Model (ELM) v3, as used by Europass European Digital Credentials:
 * qualifications as JSON-LD, read and written as educational programs by
 * {@link io.github.opennqf.io.elm.ElmFormat}. Every public type here is immutable and thread-safe.
 */
@NullMarked
package io.github.opennqf.io.elm;

import org.jspecify.annotations.NullMarked;

/**
 * European Learning Model v3 JSON-LD behind {@code io.github.opennqf.io.elm.ElmFormat}:
 * reading and writing qualifications as programs ({@code ElmCodec}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.elm;

import org.jspecify.annotations.NullMarked;

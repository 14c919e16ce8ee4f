/**
 * Bounded, strictly decoded input and the problems found reading it: byte and character
 * streams that stop at {@code ReadLimits.maxBytes()} ({@code BoundedInputStream},
 * {@code BoundedReader}, {@code InputTooLargeException}), a UTF-8 decoder that says where bytes are
 * not UTF-8 ({@code Utf8Reader}), and the collection of every problem of a read into one
 * {@code ReadException} ({@code Problems}, {@code FatalReadProblem}). Shared by every reader. Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.input;

import org.jspecify.annotations.NullMarked;

/**
 * The dispatch behind {@code io.github.opennqf.io.Documents}: detecting a file's format from
 * its name and first bytes ({@code DocumentSniffer}) and writing a document in any format that can
 * hold it, saying what was dropped ({@code DocumentWriter}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.documents;

import org.jspecify.annotations.NullMarked;

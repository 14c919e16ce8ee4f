/**
 * Implementation of the {@code io.github.opennqf.io} readers and writers, one sub-package per job:
 * {@code input} (bounded, strictly decoded input and problem collection, shared by every reader),
 * {@code json} (native JSON and YAML documents, their codecs and schemas, lenient JSON-LD),
 * {@code tabular} (the CSV interchange format and the formula-injection guard), {@code report}
 * (HTML, CSV and text reports), {@code documents} (format detection and writing behind
 * {@code Documents}), and one per external format: {@code esco}, {@code cfpackage} (1EdTech CASE),
 * {@code elm} (European Learning Model) and {@code credential} (Open Badges, CLR, JSON Resume).
 * Classes used across these packages are public, but none of these packages is exported from the
 * module: not API, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Reading and writing OpenNQF models. {@link io.github.opennqf.io.Documents} is the one entry point
 * for every format ({@link io.github.opennqf.io.FileFormat}): it detects a file's format, reads it
 * as a {@link io.github.opennqf.io.Document} and writes any document in any format that can hold
 * it, saying what was dropped ({@link io.github.opennqf.io.WriteReport}), through
 * {@link io.github.opennqf.io.OutputFile}. The formats: the native JSON and YAML documents for every model type,
 * with their JSON Schemas ({@link io.github.opennqf.io.NativeFormat},
 * {@link io.github.opennqf.io.DocumentType}), applicants as JSON lines
 * ({@link io.github.opennqf.io.JsonLines}), the tabular CSV interchange format for programs and
 * standards ({@link io.github.opennqf.io.TabularFormat}), reports of match results as HTML pages
 * and CSV ({@link io.github.opennqf.io.MatchReports}, which needs the optional
 * {@code nqf-matching}), Open Badges 3.0 and CLR 2.0 credentials verified against trusted issuer
 * keys ({@link io.github.opennqf.io.CredentialFormat}, {@link io.github.opennqf.io.TrustedKeys}),
 * JSON Resume documents ({@link io.github.opennqf.io.ResumeFormat}),
 * the field's own formats in their packages: ESCO
 * ({@code io.github.opennqf.io.esco}), 1EdTech CASE 1.0 ({@code io.github.opennqf.io.cfpackage}) and
 * the European Learning Model v3 ({@code io.github.opennqf.io.elm}); and the exception family every reader shares
 * ({@link io.github.opennqf.io.ReadException}, with a {@link io.github.opennqf.io.Location} and
 * {@link io.github.opennqf.io.ReadProblem.Reason} per problem), bounded by
 * {@link io.github.opennqf.io.ReadLimits}. Every public type here is immutable and thread-safe.
 */
@NullMarked
package io.github.opennqf.io;

import org.jspecify.annotations.NullMarked;

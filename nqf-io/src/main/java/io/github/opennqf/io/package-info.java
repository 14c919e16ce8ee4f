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
 *
 * <h2>One shape for every entry point</h2>
 * Every format and report type, here and in the format packages, is built the same way:
 * <ul>
 *   <li>an immutable, thread-safe final class, obtained from a static factory. A type that
 *       reads or writes one format is named after it and its factory says which:
 *       {@code NativeFormat.json()}, {@code NativeFormat.yaml()}, {@code TabularFormat.csv()},
 *       {@code JsonLines.applicants()}, {@code ResumeFormat.jsonResume()},
 *       {@code CredentialFormat.openBadges()}, {@code EscoFormat.csv()}, {@code CaseFormat.json()},
 *       {@code ElmFormat.jsonLd()}. A type that writes several formats is obtained from
 *       {@code defaults()} ({@code Documents}, {@code MatchReports}, {@code DesignReports}), and its
 *       methods name the format ({@code writeHtml}, {@code writeCsv}, {@code writeText}),
 *       overloaded by the kind of result.</li>
 *   <li>configured with {@code withX(value)} methods that return a changed copy and refuse
 *       {@code null}. A setting of its own is one wither ({@code withFrameworks},
 *       {@code withLanguage}, {@code withTrustedKeys}); a group of settings that is a value in
 *       itself, shared by several types or kept in an application's configuration, stays a record
 *       with {@code DEFAULTS} and its own withers, and is given whole: {@code withLimits(ReadLimits)}
 *       on every reader, {@code withOptions(TabularOptions)} on {@code TabularFormat},
 *       {@code withOptions(ReportOptions)} on the report writers.</li>
 *   <li>used through instance methods {@code read…} and {@code write…}. There are no public
 *       static read or write methods and no public constant instances: the factory is the one way
 *       in, so a new setting never needs a second overload of every method.</li>
 * </ul>
 * <pre>{@code
 * List<EducationalProgram> programs = TabularFormat.csv()
 *         .withOptions(TabularOptions.DEFAULTS.withLanguage("ru"))
 *         .readPrograms(Path.of("programs.csv"));
 * MatchReports.defaults().withOptions(ReportOptions.DEFAULTS.withTitle("2026 intake")).writeHtml(report, out);
 * }</pre>
 */
@NullMarked
package io.github.opennqf.io;

import org.jspecify.annotations.NullMarked;

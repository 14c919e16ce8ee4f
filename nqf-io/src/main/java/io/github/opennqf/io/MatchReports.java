package io.github.opennqf.io;

import io.github.opennqf.io.internal.report.ApplicantHtml;
import io.github.opennqf.io.internal.report.ApplicantPseudonyms;
import io.github.opennqf.io.internal.report.ReportCsv;
import io.github.opennqf.io.internal.report.ReportHtml;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.recognition.ApplicantRanking;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes match results of {@code nqf-matching} for people: a self-contained HTML page to open in
 * a browser, or CSV to open in a spreadsheet.
 *
 * <pre>{@code
 * MatchReports reports = MatchReports.defaults();
 * CoverageReport report = matcher.coverage(program, standard);
 * try (Writer out = Files.newBufferedWriter(Path.of("coverage.html"))) {
 *     reports.writeHtml(report, out);
 * }
 * try (Writer out = Files.newBufferedWriter(Path.of("matrix.csv"))) {
 *     reports.writeCsv(matcher.coverageMatrix(ForkJoinPool.commonPool(), ProgressListener.NONE), out);
 * }
 * MatchReports russian = reports.withOptions(ReportOptions.DEFAULTS.withLanguages(LanguagePriority.of("ru")));
 * }</pre>
 *
 * <p>Each output is a {@code write<Format>(result, Writer)} method named for the format it writes
 * ({@code writeHtml}, {@code writeCsv}, {@code writeJson}), overloaded by the kind of result; the settings of every
 * output are one {@link ReportOptions} value, given with {@link #withOptions(ReportOptions)}.
 *
 * <p>{@code nqf-matching} is an optional dependency of {@code nqf-io}: add it to your build to use
 * this class (you have it already if you have a {@link CoverageReport}).
 *
 * <h2>CSV</h2>
 * UTF-8 text (the writer's encoding is the caller's), a header row, then one row per requirement,
 * matrix cell or ranked candidate, {@code \n} line ends, RFC 4180 quoting where a cell needs it.
 * Scores are written with six decimals ({@code 0.620000}), weights as the shortest decimal that
 * reads back as the same number ({@code 1.0}, {@code 1.5}), flags as {@code true} or
 * {@code false}, enum values by their constant names ({@code COVERED}).
 * <ul>
 *   <li>{@linkplain #writeCsv(CoverageReport, Writer) A coverage report}: one row
 *       per requirement in the standard's order, with columns {@code program_id, standard_id,
 *       profession_card_id, labour_function_id, requirement_id, category} (the category's
 *       {@linkplain io.github.opennqf.framework.DescriptorCategory#code() code}), {@code essential,
 *       weight} (the weight in coverage, the essential factor included), {@code score, status}
 *       ({@code COVERED}, {@code WEAK} or {@code UNCOVERED}), {@code needs_review,
 *       review_reasons} (the {@link io.github.opennqf.matching.Confidence.ReviewReason}s,
 *       separated by spaces), {@code best_outcome_id, best_outcome_score, why} (the best
 *       supporting outcome, or for an uncovered requirement the nearest one, and its
 *       {@link io.github.opennqf.matching.StatementSupport#why()}, such as
 *       {@code LO1 0.62 terms [databases, Designing]}, with the shared words as the outcome wrote
 *       them; empty when no outcome is similar at all), {@code requirement_text} and {@code language} (the statement in the first of
 *       {@link ReportOptions#languages()} it has, else its first language, and that language's
 *       tag).</li>
 *   <li>{@linkplain #writeCsv(CoverageMatrix, Writer) A coverage matrix}, in long layout:
 *       {@code program_id, standard_id, score}, one row per cell, programs in the matrix's row
 *       order and, for each, the standards in column order. A long table stays valid for any
 *       number of standards and is what spreadsheets' pivot tables and data tools read.</li>
 *   <li>{@linkplain #writeCsv(Collection, Writer) Rankings}: {@code query_id, rank, candidate_id,
 *       score}, as the command-line tool's {@code rank} command writes them: every candidate of
 *       each {@link Ranking#candidates()}, ranks from 1.</li>
 *   <li>{@linkplain #writeCsv(ApplicantRanking, Writer) A ranking of applicants}: the rankings'
 *       columns, then the recognition, eligibility, years of experience, flags and the
 *       multiple-employment check of each listed applicant.</li>
 * </ul>
 *
 * <p><b>Formula-injection guard.</b> A spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, TAB or CR as a formula, and programs and standards often come
 * from outside. So, as OWASP advises against CSV injection, every such cell is written with a
 * single quote {@code '} in front, which spreadsheets show as text: the statement
 * {@code -based design} is written {@code '-based design}, {@code =HYPERLINK(…)} as
 * {@code '=HYPERLINK(…)}. A cell that starts with quotes followed by one of those characters
 * gets one more quote, so that the rule can be undone exactly (as
 * {@link TabularFormat}'s reader does for its own files). Other cells, including every number
 * this class formats (scores are never negative), are written as they are.
 *
 * <h2>HTML</h2>
 * One self-contained file: inline CSS and SVG, no scripts, fonts, images or links to fetch (a
 * Content-Security-Policy in the page forbids loading anything), readable offline and printable.
 * Every text from the results is HTML-escaped. The page's own words are English
 * ({@code <html lang="en">}); each requirement statement carries its own language tag. Tables
 * have captions and header cells; the heatmap has a numbered colour legend (near white 0 to dark
 * green 1) and a tooltip per cell. The same input and options always give the same bytes: the
 * page holds no date or time unless it is in {@link ReportOptions#title()}.
 * <ul>
 *   <li>{@linkplain #writeHtml(CoverageReport, Writer) A coverage report}: the
 *       program and standard ids, the coverage score and covered share, counts by status and of
 *       scores needing review; the level checks, with a warning when the program is below a
 *       card's required level; the gaps in the order of {@link CoverageReport#gaps()}, each with
 *       its nearest outcome and score; a heatmap of labour functions (rows) by the outcomes that
 *       appear as supports in the report (columns, ids in natural order: {@code LO2} before
 *       {@code LO10}), each cell the best score of that outcome for any requirement of that
 *       function; and every requirement with its statement, category, weight, score, status and
 *       supporting outcomes with their {@code why()}, grouped by labour function.</li>
 *   <li>{@linkplain #writeHtml(CoverageMatrix, Writer) A coverage matrix}: counts,
 *       the mean and best coverage, a heatmap of programs (rows) by standards (columns), and a
 *       table of the {@link ReportOptions#topPairs()} best pairs (ties by row, then column).</li>
 * </ul>
 * <ul>
 *   <li>{@linkplain #writeHtml(ApplicantRanking, Writer) A ranking of applicants}: counts
 *       (assessed, listed, recognised, eligible); the ranking table (rank, applicant id, score,
 *       recognised, eligibility, education, experience, years of experience, flags, and the
 *       secondary-job check when the vacancy is one); then for each listed applicant the decisive
 *       recognition result if any, the eligibility checks with their reasons, the
 *       multiple-employment check with the labour code's reasons, every requirement of the card
 *       with its score, its status in HR's words (covered, partial, gap) and the evidence items
 *       that support it (id, kind, score, the statement), how each item was weighed, and the
 *       flags.</li>
 * </ul>
 * A heatmap draws at most {@link ReportOptions#maxHeatmapSize()} rows and as many columns, the
 * first ones in order, and the page says when it leaves some out. An empty report (a standard
 * without requirements) or an empty matrix still gives a complete page, which says so.
 *
 * <h2>JSON</h2>
 * {@linkplain #writeJson(ApplicantRanking, Writer) A ranking of applicants} is written as a native
 * {@link DocumentType#APPLICANT_RANKINGS} document (its JSON Schema is in this jar;
 * {@link NativeFormat} reads it back): the standard, the card, the number assessed, and per listed
 * applicant, best first, the score, the eligibility checks with status and reason, the recognition
 * result, the years of experience, the multiple-employment check, the flags, how each evidence item
 * was weighed, and the skills coverage: per requirement its score, status and supporting
 * statements, each with its evidence item as {@code source} ({@code kind}, {@code id}).
 *
 * <h2>Applicants' personal data</h2>
 * Assessments name applicants by id and hold no names, so no report shows a name. With
 * {@link ReportOptions#pseudonymised()} the applicant reports also leave out every text that came
 * from the applicants' evidence (the statements, the words they share with a requirement, a
 * program named in a résumé, the main job's title): ids, kinds, scores, statuses and the
 * library's own reasons remain. The CSV holds no texts of the evidence in either case.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies. Writers passed in are
 * flushed, not closed; an HTML page is
 * built in memory and written at once. {@code null} arguments get a
 * {@link NullPointerException} naming the parameter; a failing writer gets a
 * {@link java.io.UncheckedIOException}.
 *
 * @since 0.1.0
 */
// "exports": the signatures show nqf-matching's types, which the module requires only statically
// (not transitively) so that modules reading nqf-io do not need nqf-matching; callers of these
// methods hold matching's results and so require nqf-matching themselves.
@SuppressWarnings("exports")
public final class MatchReports {
    private static final MatchReports DEFAULTS = new MatchReports(ReportOptions.DEFAULTS);

    private final ReportOptions options;

    private MatchReports(ReportOptions options) {
        this.options = options;
    }

    /** @return the reports with {@link ReportOptions#DEFAULTS} */
    public static MatchReports defaults() {
        return DEFAULTS;
    }

    /**
     * @param value the statements' language, the page title and how much an HTML page draws
     * @return a copy writing with these options
     */
    public MatchReports withOptions(ReportOptions value) {
        return new MatchReports(Objects.requireNonNull(value, "options"));
    }

    /** @return the options every report is written with */
    public ReportOptions options() {
        return options;
    }

    /**
     * Writes a coverage report as CSV, one row per requirement; {@link ReportOptions#languages()}
     * picks each statement's language.
     *
     * @param report the report
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeCsv(CoverageReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        ReportCsv.coverage(report, out, options);
    }

    /**
     * Writes a coverage matrix as CSV in long layout: {@code program_id,standard_id,score}, one
     * row per cell.
     *
     * @param matrix the matrix
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeCsv(CoverageMatrix matrix, Writer out) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(out, "out");
        ReportCsv.matrix(matrix, out);
    }

    /**
     * Writes rankings as CSV: {@code query_id,rank,candidate_id,score}, one row per candidate of
     * each ranking. To write only the best {@code k}, rank with
     * {@link io.github.opennqf.matching.Matcher#scoreStandards} and keep a sublist, or pass
     * rankings whose candidate lists are cut.
     *
     * @param rankings the rankings, in the order to write them; the collection must not change
     *     during the call
     * @param out where to write
     * @throws NullPointerException naming the index if a ranking is {@code null}; nothing is
     *     written then
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeCsv(Collection<Ranking> rankings, Writer out) {
        Objects.requireNonNull(rankings, "rankings");
        Objects.requireNonNull(out, "out");
        ReportCsv.rankings(rankings, out);
    }

    /**
     * A CSV writer of rankings made one at a time: the header now, then each ranking's rows as it
     * is {@linkplain RankingCsvWriter#write given}, the same columns and rows as
     * {@link #writeCsv(Collection, Writer)} for the same rankings. For large jobs, so that no
     * ranking is held once written and the output grows while the rankings are made:
     *
     * <pre>{@code
     * try (RankingCsvWriter csv = MatchReports.defaults().rankingCsv(writer)) {
     *     for (EducationalProgram p : programs) {
     *         csv.write(new Ranking(p.id(), matcher.scoreStandards(p, 10), List.of()));
     *     }
     * }
     * }</pre>
     *
     * @param out where to write; closing the returned writer flushes it and leaves it open
     * @return the writer, for one thread
     * @throws java.io.UncheckedIOException if the header cannot be written
     */
    public RankingCsvWriter rankingCsv(Writer out) {
        Objects.requireNonNull(out, "out");
        return new RankingCsvWriter(new ReportCsv.RankingRows(out));
    }

    /**
     * Writes a ranking of applicants as CSV: the columns of {@link #writeCsv(Collection, Writer)}
     * ({@code query_id,rank,candidate_id,score}, the card as {@code STANDARD/CARD} and the applicant
     * as the candidate), then {@code recognised,eligibility,education,experience,experience_years,flags,employment},
     * the flags as {@code evidenceId:type} separated by spaces, the employment as the status of the
     * multiple-employment check ({@code ALLOWED}, {@code NOT_ALLOWED}, {@code UNKNOWN}) when the
     * vacancy is a secondary job, else empty. Applicants are named by id only.
     *
     * @param ranking the ranking
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeCsv(ApplicantRanking ranking, Writer out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(out, "out");
        ReportCsv.applicants(ranking, out);
    }

    /**
     * Writes a coverage report as a self-contained HTML page, with the options' title, statement
     * language and heatmap size.
     *
     * @param report the report
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(CoverageReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        ReportHtml.coverage(report, out, options);
    }

    /**
     * Writes a coverage matrix as a self-contained HTML page, with the options' title, heatmap
     * size and number of best pairs listed.
     *
     * @param matrix the matrix
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(CoverageMatrix matrix, Writer out) {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(out, "out");
        ReportHtml.matrix(matrix, out, options);
    }

    /**
     * Writes a ranking of applicants as a self-contained HTML page: the ranking, then each listed
     * applicant's eligibility, employment check, evidence per requirement and flags; with the
     * options' title and statement language, pseudonymised when the options say so.
     *
     * @param ranking the ranking
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(ApplicantRanking ranking, Writer out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(out, "out");
        ApplicantHtml.ranking(ranking, out, options);
    }

    /**
     * Writes a ranking of applicants as a native JSON document of type
     * {@link DocumentType#APPLICANT_RANKINGS} holding this one ranking, pseudonymised when
     * {@link ReportOptions#pseudonymised()} says so (the other options do not apply).
     *
     * @param ranking the ranking
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeJson(ApplicantRanking ranking, Writer out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(out, "out");
        NativeFormat.json().write(DocumentType.APPLICANT_RANKINGS,
                List.of(options.pseudonymised() ? ApplicantPseudonyms.of(ranking) : ranking), out);
    }

    /** @return {@code MatchReports[options]} */
    @Override
    public String toString() {
        return "MatchReports[" + options + "]";
    }
}

package io.github.opennqf.io;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.io.internal.report.DesignHtml;
import io.github.opennqf.io.internal.report.DesignText;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes the results of program design ({@code io.github.opennqf.design} in {@code nqf-matching})
 * for people: plain text for a terminal or a log, or a self-contained HTML page. Their native JSON
 * and YAML go through {@link NativeFormat} with {@link DocumentType#PROGRAM_DESIGNS},
 * {@link DocumentType#QA_REPORTS} and {@link DocumentType#EFFORT_ESTIMATES}.
 *
 * <pre>{@code
 * ProgramDesign design = ProgramDesigner.withDefaults().design(standard, "C1");
 * QaReport qa = ProgramQualityCheck.withDefaults().check(design.program());
 * EffortEstimate effort = EffortEstimator.withDefaults().estimate(program, standard);
 * DesignReports reports = DesignReports.defaults();
 * try (Writer out = Files.newBufferedWriter(Path.of("qa.html"))) {
 *     reports.writeHtml(qa, out);
 * }
 * reports.withOptions(ReportOptions.DEFAULTS.withTitle("Effort, 2026 intake"))
 *         .writeText(effort, new PrintWriter(System.out));
 * NativeFormat.json().write(DocumentType.PROGRAM_DESIGNS, List.of(design), Path.of("design.json"));
 * }</pre>
 *
 * <p><b>Text</b>: a title line, a summary line, then sections (outcomes with their statements in
 * every language and the requirements they serve, and modules with credits and hours; findings
 * with their JSON pointer and reason, and each outcome's verb and fit; each effort component as
 * quantity × hours per unit = hours, with its basis, and the totals). <b>HTML</b>: the same
 * content as one page like {@link MatchReports}' pages: inline CSS, no scripts, nothing fetched (a
 * Content-Security-Policy forbids it), every text escaped, statements tagged with their language;
 * the same input always gives the same bytes. {@link ReportOptions#title()} replaces the title and
 * {@link ReportOptions#languages()} picks the language of titles.
 *
 * <p>Built like {@link MatchReports}: {@code writeText}/{@code writeHtml} named for the format,
 * overloaded by the kind of result, with the settings in one {@link ReportOptions} given with
 * {@link #withOptions(ReportOptions)}.
 *
 * <p>Immutable and thread-safe; {@code withX} methods return copies. Writers are flushed, not
 * closed; nothing is written when building
 * the page fails. {@code null} arguments get a {@link NullPointerException} naming the parameter;
 * a failing writer gets a {@link java.io.UncheckedIOException}.
 *
 * @since 0.1.0
 */
// "exports": the signatures show nqf-matching's types, which this module requires only statically.
@SuppressWarnings("exports")
public final class DesignReports {
    private static final DesignReports DEFAULTS = new DesignReports(ReportOptions.DEFAULTS);

    private final ReportOptions options;

    private DesignReports(ReportOptions options) {
        this.options = options;
    }

    /** @return the reports with {@link ReportOptions#DEFAULTS} */
    public static DesignReports defaults() {
        return DEFAULTS;
    }

    /**
     * @param value the title and the language of titles
     * @return a copy writing with these options
     */
    public DesignReports withOptions(ReportOptions value) {
        return new DesignReports(Objects.requireNonNull(value, "options"));
    }

    /** @return the options every report is written with */
    public ReportOptions options() {
        return options;
    }

    /**
     * @param design a program design
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeText(ProgramDesign design, Writer out) {
        DesignText.design(Objects.requireNonNull(design, "design"), Objects.requireNonNull(out, "out"), options);
    }

    /**
     * @param report a QA report
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeText(QaReport report, Writer out) {
        DesignText.qa(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"), options);
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeText(EffortEstimate estimate, Writer out) {
        DesignText.effort(Objects.requireNonNull(estimate, "estimate"), Objects.requireNonNull(out, "out"), options);
    }

    /**
     * @param design a program design
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(ProgramDesign design, Writer out) {
        DesignHtml.design(Objects.requireNonNull(design, "design"), Objects.requireNonNull(out, "out"), options);
    }

    /**
     * @param report a QA report
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(QaReport report, Writer out) {
        DesignHtml.qa(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"), options);
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void writeHtml(EffortEstimate estimate, Writer out) {
        DesignHtml.effort(Objects.requireNonNull(estimate, "estimate"), Objects.requireNonNull(out, "out"), options);
    }

    /** @return {@code DesignReports[options]} */
    @Override
    public String toString() {
        return "DesignReports[" + options + "]";
    }
}

package io.github.opennqf.io;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.io.internal.DesignHtml;
import io.github.opennqf.io.internal.DesignText;
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
 * try (Writer out = Files.newBufferedWriter(Path.of("qa.html"))) {
 *     DesignReports.writeHtml(qa, out);
 * }
 * DesignReports.writeText(effort, new PrintWriter(System.out));
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
 * <p>All methods are thread-safe. Writers are flushed, not closed; nothing is written when building
 * the page fails. {@code null} arguments get a {@link NullPointerException} naming the parameter;
 * a failing writer gets a {@link java.io.UncheckedIOException}.
 *
 * @since 0.1.0
 */
// "exports": the signatures show nqf-matching's types, which this module requires only statically.
@SuppressWarnings("exports")
public final class DesignReports {
    private DesignReports() {}

    /**
     * @param design a program design
     * @param out where to write
     */
    public static void writeText(ProgramDesign design, Writer out) {
        writeText(design, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param design a program design
     * @param out where to write
     * @param options the title and the language of titles
     */
    public static void writeText(ProgramDesign design, Writer out, ReportOptions options) {
        DesignText.design(Objects.requireNonNull(design, "design"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * @param report a QA report
     * @param out where to write
     */
    public static void writeText(QaReport report, Writer out) {
        writeText(report, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param report a QA report
     * @param out where to write
     * @param options the title
     */
    public static void writeText(QaReport report, Writer out, ReportOptions options) {
        DesignText.qa(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     */
    public static void writeText(EffortEstimate estimate, Writer out) {
        writeText(estimate, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     * @param options the title
     */
    public static void writeText(EffortEstimate estimate, Writer out, ReportOptions options) {
        DesignText.effort(Objects.requireNonNull(estimate, "estimate"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * @param design a program design
     * @param out where to write
     */
    public static void writeHtml(ProgramDesign design, Writer out) {
        writeHtml(design, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param design a program design
     * @param out where to write
     * @param options the title and the language of titles
     */
    public static void writeHtml(ProgramDesign design, Writer out, ReportOptions options) {
        DesignHtml.design(Objects.requireNonNull(design, "design"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * @param report a QA report
     * @param out where to write
     */
    public static void writeHtml(QaReport report, Writer out) {
        writeHtml(report, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param report a QA report
     * @param out where to write
     * @param options the title
     */
    public static void writeHtml(QaReport report, Writer out, ReportOptions options) {
        DesignHtml.qa(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     */
    public static void writeHtml(EffortEstimate estimate, Writer out) {
        writeHtml(estimate, out, ReportOptions.DEFAULTS);
    }

    /**
     * @param estimate an effort estimate
     * @param out where to write
     * @param options the title
     */
    public static void writeHtml(EffortEstimate estimate, Writer out, ReportOptions options) {
        DesignHtml.effort(Objects.requireNonNull(estimate, "estimate"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(options, "options"));
    }
}

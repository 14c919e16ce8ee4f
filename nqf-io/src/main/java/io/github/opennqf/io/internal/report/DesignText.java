package io.github.opennqf.io.internal.report;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortItem;
import io.github.opennqf.design.Finding;
import io.github.opennqf.design.OutcomeLink;
import io.github.opennqf.design.OutcomeWording;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.program.LearningOutcome;
import io.github.opennqf.program.ProgramModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes program designs, QA reports and effort estimates as plain text for a terminal or a log:
 * UTF-8 (the writer's encoding is the caller's), {@code \n} line ends, two-space indents. Built in
 * memory and written at once. Thread-safe: no state is kept.
 */
public final class DesignText {
    private DesignText() {}

    /** Writes a program design. */
    public static void design(ProgramDesign design, Writer out, ReportOptions options) {
        EducationalProgram p = design.program();
        StringBuilder t = new StringBuilder();
        t.append(options.title() != null ? options.title() : "Program design " + p.id()).append('\n');
        t.append(p.title().resolve(options.languages())).append(" · level ").append(p.level());
        if (p.credits() != null) {
            t.append(" · ").append(p.credits().amount().toPlainString()).append(" academic credits (")
                    .append(p.credits().hours().toPlainString()).append(" h)");
        }
        t.append(" · standards ").append(String.join(", ", p.standardCodes())).append("\n\nLearning outcomes\n");
        for (int i = 0; i < p.outcomes().size(); i++) {
            LearningOutcome o = p.outcomes().get(i);
            t.append("  ").append(o.id()).append(" [").append(o.category().code()).append("]\n");
            for (Map.Entry<String, String> s : o.statement().asMap().entrySet()) {
                t.append("    ").append(s.getKey()).append(": ").append(s.getValue()).append('\n');
            }
            if (i < design.links().size()) {
                OutcomeLink link = design.links().get(i);
                t.append("    serves ").append(link.standardCode()).append(' ').append(link.professionCardId())
                        .append(" / ").append(link.labourFunctionId()).append(": ").append(link.requirementIds()
                                .isEmpty() ? "(framework category)" : String.join(", ", link.requirementIds()))
                        .append('\n');
            }
        }
        t.append("\nModules\n");
        for (ProgramModule m : p.modules()) {
            t.append("  ").append(m.id()).append(' ').append(m.title().resolve(options.languages())).append(" — ")
                    .append(m.credits().amount().toPlainString()).append(" credits");
            if (m.credits().system().hasHours()) {
                t.append(" (").append(m.credits().hours().toPlainString()).append(" h)");
            }
            t.append(": ").append(String.join(", ", m.outcomeIds())).append('\n');
        }
        if (!design.notes().isEmpty()) {
            t.append("\nNotes\n");
            design.notes().forEach(n -> t.append("  - ").append(n).append('\n'));
        }
        write(t, out);
    }

    /** Writes a QA report. */
    public static void qa(QaReport report, Writer out, ReportOptions options) {
        StringBuilder t = new StringBuilder();
        t.append(options.title() != null ? options.title() : "Level-consistency QA of " + report.programId())
                .append('\n').append("Program ").append(report.programId()).append(" at ").append(report.level())
                .append(": ").append(report.passed() ? "PASSED" : "NOT PASSED");
        for (Finding.Severity s : Finding.Severity.values()) {
            int n = report.findings(s).size();
            String noun = plural(s);
            t.append(s == Finding.Severity.ERROR ? " (" : ", ").append(n).append(' ')
                    .append(n == 1 ? noun.substring(0, noun.length() - 1) : noun);
        }
        t.append(")\n\nFindings\n");
        if (report.findings().isEmpty()) {
            t.append("  none\n");
        }
        for (Finding f : report.findings()) {
            t.append("  ").append(f.severity()).append(' ').append(f.kind()).append(' ').append(f.element());
            if (!f.pointer().isEmpty()) {
                t.append(" (").append(f.pointer()).append(')');
            }
            t.append("\n    ").append(f.reason()).append('\n');
        }
        t.append("\nWording\n");
        for (OutcomeWording w : report.wordings()) {
            t.append("  ").append(w.outcomeId()).append(' ').append(w.language()).append(' ');
            if (w.verb() == null) {
                t.append("no listed verb");
            } else {
                t.append('"').append(w.verb()).append("\" ").append(w.cognitiveLevel()).append(" (levels ")
                        .append(w.lowestFit()).append('-').append(w.highestFit()).append(')');
            }
            t.append(' ').append(w.fit()).append('\n');
        }
        write(t, out);
    }

    /** Writes an effort estimate. */
    public static void effort(EffortEstimate e, Writer out, ReportOptions options) {
        StringBuilder t = new StringBuilder();
        String what = e.standardCode() == null ? "developing " + e.programId()
                : "aligning " + e.programId() + " with " + e.standardCode();
        t.append(options.title() != null ? options.title() : "Effort of " + what).append('\n')
                .append("Level ").append(e.level());
        if (e.coverage() != null) {
            t.append(" · coverage before the work ").append(Markup.percent(e.coverage()).replace('\u00a0', ' '));
        }
        t.append("\n\n");
        for (EffortItem i : e.items()) {
            t.append("  ").append(i.component()).append(" (").append(i.role()).append("): ")
                    .append(DesignHtml.hours(i.quantity())).append(' ').append(i.unit()).append(" × ")
                    .append(DesignHtml.hours(i.hoursPerUnit())).append(" h = ").append(DesignHtml.hours(i.hours()))
                    .append(" h\n    ").append(i.basis()).append('\n');
        }
        t.append("\nDesigners ").append(DesignHtml.hours(e.designerHours())).append(" h, experts ")
                .append(DesignHtml.hours(e.expertHours())).append(" h, in all ")
                .append(DesignHtml.hours(e.totalHours())).append(" person-hours (")
                .append(String.format(Locale.ROOT, "%.1f", e.totalDays())).append(" days of ")
                .append(DesignHtml.hours(e.model().hoursPerDay())).append(" h)\n");
        write(t, out);
    }

    /** @return "errors", "warnings" or "notes" */
    static String plural(Finding.Severity severity) {
        switch (severity) {
            case ERROR:
                return "errors";
            case WARNING:
                return "warnings";
            default:
                return "notes";
        }
    }

    private static void write(StringBuilder text, Writer out) {
        try {
            out.write(text.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

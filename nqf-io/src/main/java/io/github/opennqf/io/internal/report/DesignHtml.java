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
import io.github.opennqf.text.MultilingualText;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes program designs, QA reports and effort estimates as self-contained HTML pages, with the
 * page frame, style and escaping of {@link ReportHtml}: inline CSS, no scripts, nothing fetched,
 * every text escaped, the same bytes for the same input. Thread-safe: no state is kept.
 */
public final class DesignHtml {
    private static final String EXTRA_STYLE = """
            <style>
            .sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
            .sev.error{background:#ffebe9;color:#a40e26}
            .sev.warning{background:#fff8c5;color:#6f4400}
            .sev.info{background:#ddf4ff;color:#0a3069}
            .fit.below{color:#a40e26;font-weight:600}
            .fit.above{color:#0a3069}
            .pass{background:#dafbe1;border-left:4px solid #2da44e;padding:8px 12px;margin:12px 0}
            .lang{color:#57606a;font-size:12px;margin-right:4px}
            </style>
            """;

    private DesignHtml() {}

    /** Writes the page of a program design. */
    public static void design(ProgramDesign design, Writer out, ReportOptions options) {
        EducationalProgram p = design.program();
        String title = options.title() != null ? options.title() : "Program design " + p.id();
        Markup html = start(title);
        html.raw("<p class=\"subtitle\">").text(text(p.title(), options)).raw(" \u00b7 level ")
                .text(String.valueOf(p.level())).raw(" \u00b7 standards ").text(String.join(", ", p.standardCodes()))
                .raw("</p>\n<ul class=\"summary\" aria-label=\"Summary\">\n");
        ReportHtml.kpi(html, String.valueOf(p.outcomes().size()), "learning outcomes");
        ReportHtml.kpi(html, String.valueOf(p.modules().size()), "modules");
        ReportHtml.kpi(html, p.credits() == null ? "\u2014" : p.credits().amount().toPlainString(), "academic credits");
        ReportHtml.kpi(html, p.credits() == null ? "\u2014" : p.credits().hours().toPlainString(), "hours (30 a credit)");
        html.raw("</ul>\n<h2>Learning outcomes</h2>\n<table>\n<caption>Each outcome, its category and the"
                + " requirements it serves</caption>\n<thead><tr><th>Outcome</th><th>Category</th><th>Statement</th>"
                + "<th>Serves</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < p.outcomes().size(); i++) {
            LearningOutcome o = p.outcomes().get(i);
            html.raw("<tr><td>").text(o.id()).raw("</td><td>").text(o.category().code()).raw("</td><td>");
            for (Map.Entry<String, String> s : o.statement().asMap().entrySet()) {
                html.raw("<div").lang(s.getKey()).raw("><span class=\"lang\">").text(s.getKey()).raw("</span>")
                        .text(s.getValue()).raw("</div>");
            }
            html.raw("</td><td>");
            if (i < design.links().size()) {
                OutcomeLink link = design.links().get(i);
                html.text(link.standardCode() + " " + link.professionCardId() + " / " + link.labourFunctionId() + ": "
                        + (link.requirementIds().isEmpty() ? "(framework category)" : String.join(", ",
                                link.requirementIds())));
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n<h2>Modules</h2>\n<table>\n<caption>Credits are Kazakh academic credits of 30"
                + " hours</caption>\n<thead><tr><th>Module</th><th>Title</th><th class=\"num\">Credits</th>"
                + "<th class=\"num\">Hours</th><th>Outcomes</th></tr></thead>\n<tbody>\n");
        for (ProgramModule m : p.modules()) {
            html.raw("<tr><td>").text(m.id()).raw("</td><td>").text(text(m.title(), options))
                    .raw("</td><td class=\"num\">").text(m.credits().amount().toPlainString())
                    .raw("</td><td class=\"num\">").text(m.credits().system().hasHours()
                            ? m.credits().hours().toPlainString() : "\u2014")
                    .raw("</td><td>").text(String.join(", ", m.outcomeIds())).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
        if (!design.notes().isEmpty()) {
            html.raw("<h2>Notes</h2>\n<ul>\n");
            design.notes().forEach(n -> html.raw("<li>").text(n).raw("</li>\n"));
            html.raw("</ul>\n");
        }
        finish(html, out, "A draft to edit: outcomes put the requirements behind action verbs fitting the level.");
    }

    /** Writes the page of a QA report. */
    public static void qa(QaReport report, Writer out, ReportOptions options) {
        String title = options.title() != null ? options.title() : "Level-consistency QA of " + report.programId();
        Markup html = start(title);
        html.raw("<p class=\"subtitle\">Program <strong>").text(report.programId()).raw("</strong> at level ")
                .text(report.level().toString()).raw("</p>\n<ul class=\"summary\" aria-label=\"Summary\">\n");
        for (Finding.Severity s : Finding.Severity.values()) {
            ReportHtml.kpi(html, String.valueOf(report.findings(s).size()), DesignText.plural(s));
        }
        html.raw("</ul>\n");
        html.raw(report.passed() ? "<p class=\"pass\">The program passes: no errors and no warnings.</p>\n"
                : "<p class=\"alert\">The program does not pass: fix or accept the errors and warnings below.</p>\n");
        html.raw("<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            html.raw("<p class=\"none\">No findings.</p>\n");
        } else {
            html.raw("<table>\n<caption>Most serious first</caption>\n<thead><tr><th>Severity</th><th>Kind</th>"
                    + "<th>Element</th><th>Why</th></tr></thead>\n<tbody>\n");
            for (Finding f : report.findings()) {
                String sev = f.severity().name().toLowerCase(Locale.ROOT);
                html.raw("<tr><td><span class=\"sev " + sev + "\">").text(f.severity().name()).raw("</span></td><td>")
                        .text(f.kind().name()).raw("</td><td>").text(f.element())
                        .raw("<span class=\"stmt why\">").text(f.pointer()).raw("</span></td><td>").text(f.reason())
                        .raw("</td></tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        html.raw("<h2>Wording of each outcome</h2>\n<table>\n<caption>The action verb found in each language and"
                + " the levels it fits</caption>\n<thead><tr><th>Outcome</th><th>Language</th><th>Verb</th>"
                + "<th>Cognitive level</th><th>Fits levels</th><th>Fit</th></tr></thead>\n<tbody>\n");
        for (OutcomeWording w : report.wordings()) {
            String fit = w.fit().name().toLowerCase(Locale.ROOT);
            html.raw("<tr><td>").text(w.outcomeId()).raw("</td><td>").text(w.language()).raw("</td><td")
                    .lang(w.language()).raw(">").text(w.verb() == null ? "\u2014" : w.verb()).raw("</td><td>")
                    .text(w.cognitiveLevel() == null ? "\u2014" : w.cognitiveLevel()).raw("</td><td class=\"num\">")
                    .text(w.verb() == null ? "\u2014" : w.lowestFit() + "\u2013" + w.highestFit())
                    .raw("</td><td class=\"fit " + fit + "\">").text(w.fit().name()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
        finish(html, out, "Verb levels follow Bloom's revised taxonomy as bundled in OpenNQF's reviewable verb lists;"
                + " they are a guide for reviewers, not an official norm.");
    }

    /** Writes the page of an effort estimate. */
    public static void effort(EffortEstimate estimate, Writer out, ReportOptions options) {
        String what = estimate.standardCode() == null ? "developing " + estimate.programId()
                : "aligning " + estimate.programId() + " with " + estimate.standardCode();
        String title = options.title() != null ? options.title() : "Effort of " + what;
        Markup html = start(title);
        html.raw("<p class=\"subtitle\">Level ").text(estimate.level().toString());
        if (estimate.coverage() != null) {
            html.raw(" \u00b7 coverage of the standard before the work ").text(Markup.percent(estimate.coverage()));
        }
        html.raw("</p>\n<ul class=\"summary\" aria-label=\"Summary\">\n");
        ReportHtml.kpi(html, hours(estimate.totalHours()), "person-hours in all");
        ReportHtml.kpi(html, String.format(Locale.ROOT, "%.1f", estimate.totalDays()), "working days of "
                + hours(estimate.model().hoursPerDay()) + " h");
        ReportHtml.kpi(html, hours(estimate.designerHours()), "designers' hours");
        ReportHtml.kpi(html, hours(estimate.expertHours()), "experts' hours");
        html.raw("</ul>\n<h2>Components</h2>\n<table>\n<caption>Every component: quantity \u00d7 hours per unit ="
                + " hours</caption>\n<thead><tr><th>Component</th><th>Role</th><th class=\"num\">Quantity</th>"
                + "<th>Unit</th><th class=\"num\">Hours per unit</th><th class=\"num\">Hours</th><th>Basis</th>"
                + "</tr></thead>\n<tbody>\n");
        for (EffortItem i : estimate.items()) {
            html.raw("<tr><td>").text(i.component()).raw("</td><td>").text(i.role().name())
                    .raw("</td><td class=\"num\">").text(hours(i.quantity())).raw("</td><td>").text(i.unit())
                    .raw("</td><td class=\"num\">").text(hours(i.hoursPerUnit())).raw("</td><td class=\"num\">")
                    .text(hours(i.hours())).raw("</td><td>").text(i.basis()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
        finish(html, out, "No official norm exists for this work: the rates are OpenNQF's documented defaults"
                + " (EffortModel) or the ones you set. Replace them with your institution's own figures.");
    }

    /** @return a number of hours with at most two decimals and no trailing zeros */
    static String hours(double value) {
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static Markup start(String title) {
        Markup html = new Markup();
        ReportHtml.head(html, title);
        return html;
    }

    private static void finish(Markup html, Writer out, String note) {
        html.raw("<footer>Written by OpenNQF. ").text(note).raw("</footer>\n</main>\n</body>\n</html>\n");
        String page = html.toString().replace("</style>\n</head>", "</style>\n" + EXTRA_STYLE + "</head>");
        Markup whole = new Markup().raw(page);
        ReportHtml.write(whole, out);
    }

    private static String text(MultilingualText text, ReportOptions options) {
        return text.resolve(options.languages());
    }
}

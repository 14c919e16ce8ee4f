package io.github.opennqf.io.internal.report;

import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.EligibilityCheck;
import io.github.opennqf.recognition.EmploymentCheck;
import io.github.opennqf.recognition.EvidenceFlag;
import io.github.opennqf.recognition.EvidenceUse;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a ranking of applicants as one self-contained HTML page, in the style of
 * {@link ReportHtml}: the ranking table first, then for each listed applicant the eligibility, the
 * evidence behind each requirement (covered, partial or a gap, with the items by id and kind), how
 * each item was weighed, and the flags. With {@link ReportOptions#pseudonymised()} the ranking is
 * first stripped of the applicants' texts ({@link ApplicantPseudonyms}). Thread-safe: no state.
 */
public final class ApplicantHtml {
    private ApplicantHtml() {}

    /** Writes the page. */
    public static void ranking(ApplicantRanking ranking, Writer out, ReportOptions options) {
        ApplicantRanking shown = options.pseudonymised() ? ApplicantPseudonyms.of(ranking) : ranking;
        String card = shown.standardCode() + " / " + shown.professionCardId();
        String title = options.title() != null ? options.title() : "Applicants for " + card;
        Markup html = new Markup();
        ReportHtml.head(html, title);
        html.raw("<p class=\"subtitle\">Applicants ranked for profession card <strong>").text(shown.professionCardId())
                .raw("</strong> of professional standard <strong>").text(shown.standardCode()).raw("</strong>");
        if (!shown.top().isEmpty()) {
            html.raw(", evidence judged on ").text(shown.top().get(0).date().toString());
        }
        html.raw(".</p>\n");
        if (options.pseudonymised()) {
            html.raw("<p class=\"alert\">Pseudonymised: applicants are shown by id only, and the texts of their"
                    + " evidence are left out.</p>\n");
        }
        html.raw("<ul class=\"summary\" aria-label=\"Summary\">\n");
        ReportHtml.kpi(html, Long.toString(shown.assessed()), "applicants assessed");
        ReportHtml.kpi(html, Integer.toString(shown.top().size()), "listed");
        ReportHtml.kpi(html, Long.toString(shown.top().stream().filter(ApplicantAssessment::recognised).count()),
                "recognised");
        ReportHtml.kpi(html, Long.toString(shown.top().stream()
                .filter(a -> a.eligibility().status() == EligibilityCheck.Status.MET).count()), "listed and eligible");
        html.raw("</ul>\n");
        table(html, shown);
        int rank = 1;
        for (ApplicantAssessment a : shown.top()) {
            applicant(html, a, rank++, options);
        }
        html.raw("<footer>Written by OpenNQF. The score runs from 0 to 1: the weighted coverage of the card's"
                + " requirements by the applicant's evidence, each item weighed by the recognition policy, or 1 for a"
                + " decisive recognition result. Eligibility (education, experience) is reported apart from the"
                + " score.</footer>\n</main>\n</body>\n</html>\n");
        ReportHtml.write(html, out);
    }

    private static void table(Markup html, ApplicantRanking ranking) {
        html.raw("<section>\n<h2>Ranking</h2>\n");
        if (ranking.top().isEmpty()) {
            html.raw("<p class=\"note\">No applicants were assessed.</p>\n</section>\n");
            return;
        }
        html.raw("<table class=\"ranking\">\n<caption>").text("The best " + ReportHtml.count(ranking.top().size(), "applicant")
                        + " of " + ranking.assessed() + ", best first")
                .raw("</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Applicant</th>"
                        + "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Recognised</th>"
                        + "<th scope=\"col\">Eligibility</th><th scope=\"col\">Education</th>"
                        + "<th scope=\"col\">Experience</th><th scope=\"col\" class=\"num\">Years</th>"
                        + "<th scope=\"col\">Flags</th>"
                        + (ranking.top().stream().anyMatch(a -> a.employment() != null)
                                ? "<th scope=\"col\">Secondary job</th>" : "") + "</tr></thead>\n<tbody>\n");
        boolean employment = ranking.top().stream().anyMatch(a -> a.employment() != null);
        int rank = 1;
        for (ApplicantAssessment a : ranking.top()) {
            html.raw("<tr><td class=\"num\">").number(rank).raw("</td><th scope=\"row\"><a href=\"#applicant-").number(rank)
                    .raw("\">").text(a.applicantId()).raw("</a></th>");
            ReportHtml.scoreCell(html, a.score());
            html.raw("<td>").text(a.recognised() ? "yes" : "no").raw("</td>");
            status(html, a.eligibility().status());
            status(html, a.eligibility().education().status());
            status(html, a.eligibility().experience().status());
            html.raw("<td class=\"num\">").text(String.format(Locale.ROOT, "%.1f", a.experienceYears())).raw("</td><td>");
            if (a.flags().isEmpty()) {
                html.raw("<span class=\"none\">none</span>");
            } else {
                html.text(String.join(", ", a.flags().stream().map(f -> f.evidenceId() + " " + name(f.type())).toList()));
            }
            html.raw("</td>");
            if (employment) {
                html.raw("<td>").text(a.employment() == null ? "" : name(a.employment().status())).raw("</td>");
            }
            html.raw("</tr>\n");
            rank++;
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void applicant(Markup html, ApplicantAssessment a, int rank, ReportOptions options) {
        html.raw("<section id=\"applicant-").number(rank).raw("\">\n<h2>").number(rank).raw(". ").text(a.applicantId())
                .raw(" \u2013 score ").text(Markup.score(a.score())).raw("</h2>\n");
        if (a.recognition() != null) {
            html.raw("<p class=\"note\">Recognised by ").text(a.recognition().centre() == null ? "a recognition centre"
                            : a.recognition().centre())
                    .raw(" on ").text(a.recognition().assessedOn().toString()).raw(" at level ")
                    .text(a.recognition().level().toString()).raw(" (item ").text(a.recognition().id())
                    .raw("): the result is decisive.</p>\n");
        }
        html.raw("<h3>Eligibility</h3>\n<ul class=\"levels\">\n");
        check(html, "Education", a.eligibility().education());
        check(html, "Experience", a.eligibility().experience());
        html.raw("</ul>\n");
        if (a.employment() != null) {
            employment(html, a.employment());
        }
        requirements(html, a, options);
        evidence(html, a);
        html.raw("<h3>Flags</h3>\n");
        if (a.flags().isEmpty()) {
            html.raw("<p class=\"note\">No flags.</p>\n");
        } else {
            html.raw("<ul class=\"levels\">\n");
            for (EvidenceFlag f : a.flags()) {
                html.raw("<li class=\"").raw(f.excluded() ? "below" : "").raw("\"><strong>").text(f.evidenceId())
                        .raw("</strong> ").text(name(f.type())).raw(f.excluded() ? " (left out)" : " (counted)")
                        .raw(": ").text(f.message()).raw("</li>\n");
            }
            html.raw("</ul>\n");
        }
        html.raw("</section>\n");
    }

    private static void employment(Markup html, EmploymentCheck e) {
        html.raw("<h3>Secondary job</h3>\n<p>").text("The vacancy is a secondary job (" + hours(e.secondaryJob().hoursPerDay())
                        + " a day" + (e.secondaryJob().hazardous() ? ", hazardous" : "") + ", "
                        + name(e.secondaryJob().kind()) + " work)")
                .text(e.mainJob() == null ? "; the main job is not stated." : "; the main job, " + e.mainJob().title()
                        + ", is " + hours(e.mainJob().hoursPerDay()) + " a day" + (e.mainJob().hazardous() ? ", hazardous" : "") + ".")
                .raw("</p>\n<ul class=\"levels\">\n<li class=\"")
                .raw(e.status() == EmploymentCheck.Status.ALLOWED ? "meets"
                        : e.status() == EmploymentCheck.Status.NOT_ALLOWED ? "below" : "")
                .raw("\"><strong>Multiple employment: ").text(name(e.status())).raw("</strong>");
        if (e.reasons().isEmpty()) {
            html.raw(" \u2013 the labour code's limits are met");
        }
        html.raw("</li>\n");
        for (String reason : e.reasons()) {
            html.raw("<li>").text(reason).raw("</li>\n");
        }
        html.raw("</ul>\n");
    }

    private static String hours(double h) {
        return (h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h)) + " h";
    }

    private static void check(Markup html, String label, EligibilityCheck check) {
        String cls = switch (check.status()) {
            case MET, NOT_REQUIRED -> "meets";
            case NOT_MET -> "below";
            case UNKNOWN -> "";
        };
        html.raw("<li class=\"").raw(cls).raw("\"><strong>").text(label).raw(": ").text(name(check.status()))
                .raw("</strong> \u2013 ").text(check.reason()).raw("</li>\n");
    }

    private static void requirements(Markup html, ApplicantAssessment a, ReportOptions options) {
        html.raw("<h3>Requirements and evidence</h3>\n");
        if (a.skills().requirements().isEmpty()) {
            html.raw("<p class=\"note\">The card has no requirements.</p>\n");
            return;
        }
        html.raw("<table class=\"requirements\">\n<caption>").text("Skills coverage " + Markup.score(a.skills().score())
                        + ": each requirement of the card with the evidence items that support it")
                .raw("</caption>\n<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">Statement</th>"
                        + "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Status</th>"
                        + "<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
        for (RequirementMatch m : a.skills().requirements()) {
            html.raw("<tr><th scope=\"row\">").text(m.requirement().id()).raw("</th>");
            ReportHtml.statement(html, m.requirement(), options);
            ReportHtml.scoreCell(html, m.score());
            String cls = m.status().name().toLowerCase(Locale.ROOT);
            html.raw("<td><span class=\"status ").raw(cls).raw("\">").text(coverage(m.status())).raw("</span></td><td>");
            if (m.supports().isEmpty()) {
                html.raw("<span class=\"none\">none</span>");
            } else {
                if (m.status() == CoverageStatus.UNCOVERED) {
                    html.raw("<span class=\"none\">nearest:</span>");
                }
                html.raw("<ul class=\"supports\">");
                for (StatementSupport s : m.supports()) {
                    html.raw("<li><strong>").text(s.source().id()).raw("</strong> (").text(s.source().kind()).raw(") ")
                            .element("span", "why", s.why());
                    if (!s.statement().isEmpty()) {
                        html.raw("<span class=\"stmt\" lang=\"\">").text(s.statement()).raw("</span>");
                    }
                    html.raw("</li>");
                }
                html.raw("</ul>");
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void evidence(Markup html, ApplicantAssessment a) {
        html.raw("<h3>Evidence</h3>\n");
        if (a.evidence().isEmpty()) {
            html.raw("<p class=\"note\">The applicant gave no evidence.</p>\n");
            return;
        }
        html.raw("<table class=\"evidence\">\n<caption>How each item was weighed</caption>\n<thead><tr>"
                + "<th scope=\"col\">Item</th><th scope=\"col\">Kind</th><th scope=\"col\">Counted</th>"
                + "<th scope=\"col\" class=\"num\">Weight</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
        for (EvidenceUse u : a.evidence()) {
            html.raw("<tr><th scope=\"row\">").text(u.evidenceId()).raw("</th><td>").text(u.kind().sourceKind())
                    .raw("</td><td>").text(u.counted() ? "yes" : "no").raw("</td><td class=\"num\">")
                    .text(Markup.score(u.weight())).raw("</td><td class=\"why\">").text(u.reason()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void status(Markup html, EligibilityCheck.Status status) {
        html.raw("<td>").text(name(status)).raw("</td>");
    }

    /** covered, partial or gap: the words HR uses for a requirement's coverage. */
    private static String coverage(CoverageStatus status) {
        return switch (status) {
            case COVERED -> "covered";
            case WEAK -> "partial";
            case UNCOVERED -> "gap";
        };
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

package io.github.opennqf.io.internal.report;

import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.matching.Confidence;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.CoverageStatus;
import io.github.opennqf.matching.LevelCheck;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.standard.Requirement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes match results as one self-contained HTML page: inline CSS and SVG, no scripts, no
 * external resources (a Content-Security-Policy forbids them), every text escaped by
 * {@link Markup}. The page is built in memory and written at once, so nothing is written if
 * building fails. The output depends on the input alone: no dates, no random ids. Thread-safe:
 * no state is kept.
 */
public final class ReportHtml {
    static final String STYLE = """
            :root{color-scheme:light}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",\
            Arial,sans-serif;color:#1b1f24;background:#fff}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 40px}
            h1{font-size:24px;margin:0 0 4px;line-height:1.25}
            h2{font-size:18px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid #d0d7de}
            .subtitle{color:#57606a;margin:0 0 16px}
            .summary{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0;padding:0;list-style:none}
            .summary li{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:130px}
            .summary b{display:block;font-size:22px;font-variant-numeric:tabular-nums}
            .summary span{color:#57606a;font-size:12px}
            .alert{background:#fff1e5;border-left:4px solid #bc4c00;padding:8px 12px;margin:12px 0}
            .levels{padding-left:0;list-style:none}
            .levels li{padding:4px 8px;margin:2px 0;border-left:4px solid #d0d7de}
            .levels li.below{border-left-color:#bc4c00;background:#fff1e5}
            .levels li.meets{border-left-color:#2da44e}
            table{border-collapse:collapse;width:100%;margin:8px 0}
            caption{text-align:left;color:#57606a;padding:4px 0}
            table.pairs{width:auto;min-width:560px}
            th,td{border-bottom:1px solid #d8dee4;padding:6px 8px;text-align:left;vertical-align:top}
            thead th{background:#f6f8fa;font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:#424a53}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.group th{background:#eef7ee;font-weight:600}
            .status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
            .status.covered{background:#dafbe1;color:#116329}
            .status.weak{background:#fff8c5;color:#6f4400}
            .status.uncovered{background:#ffebe9;color:#a40e26}
            .review{display:block;font-size:12px;color:#6f4400;margin-top:2px}
            .bar{display:inline-block;width:56px;height:8px;background:#eaeef2;border-radius:4px;\
            vertical-align:middle;margin-left:6px;overflow:hidden}
            .bar>span{display:block;height:100%}
            .supports{margin:0;padding-left:16px}
            .why{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12px}
            .stmt{display:block;color:#57606a;font-size:12px}
            .none{color:#8c959f}
            .figure{overflow:auto;max-width:100%;border:1px solid #d0d7de;border-radius:6px;padding:8px}
            svg.heatmap .grid{fill:#d0d7de}
            svg.heatmap .swatch{stroke:#8c959f;stroke-width:.5}
            svg.heatmap .value{font-size:11px;text-anchor:middle}
            svg.heatmap .axis{font-weight:600}
            .note{color:#57606a;font-size:13px}
            footer{margin-top:40px;color:#57606a;font-size:12px;border-top:1px solid #d0d7de;padding-top:8px}
            @media print{.figure{overflow:visible;border:0}}
            """;

    private ReportHtml() {}

    /** Writes the page of one program's coverage of one standard. */
    public static void coverage(CoverageReport report, Writer out, ReportOptions options) {
        String title = options.title() != null ? options.title()
                : "Coverage of " + report.standardId() + " by " + report.queryId();
        Markup html = new Markup();
        head(html, title);
        html.raw("<p class=\"subtitle\"><strong>").text(report.queryId())
                .raw("</strong> against professional standard <strong>").text(report.standardId())
                .raw("</strong>").text(report.scope().isWholeStandard() ? "" : " (" + report.scope() + ")").raw("</p>\n");
        summary(html, report);
        levelChecks(html, report);
        gaps(html, report, options);
        coverageHeatmap(html, report, options);
        requirements(html, report, options);
        foot(html);
        write(html, out);
    }

    /** Writes the page of a whole coverage matrix. */
    public static void matrix(CoverageMatrix matrix, Writer out, ReportOptions options) {
        List<String> programs = matrix.programIds();
        List<String> standards = matrix.standardIds();
        String title = options.title() != null ? options.title()
                : "Coverage matrix: " + count(programs.size(), "program") + " \u00d7 " + count(standards.size(), "standard");
        Markup html = new Markup();
        head(html, title);
        double sum = 0;
        double best = 0;
        for (int r = 0; r < programs.size(); r++) {
            for (int c = 0; c < standards.size(); c++) {
                sum += matrix.score(r, c);
                best = Math.max(best, matrix.score(r, c));
            }
        }
        long pairs = (long) programs.size() * standards.size();
        html.raw("<p class=\"subtitle\">Each cell is the weighted share of a professional standard's requirements"
                + " that an educational program covers, from 0 to 1.</p>\n");
        html.raw("<ul class=\"summary\" aria-label=\"Summary\">\n");
        kpi(html, Integer.toString(programs.size()), "programs (rows)");
        kpi(html, Integer.toString(standards.size()), "standards (columns)");
        kpi(html, pairs == 0 ? "\u2013" : Markup.score(sum / pairs), "mean coverage");
        kpi(html, pairs == 0 ? "\u2013" : Markup.score(best), "best pair");
        html.raw("</ul>\n");

        html.raw("<section>\n<h2>Heatmap</h2>\n");
        if (pairs == 0) {
            html.raw("<p class=\"note\">The matrix is empty: it has no programs or no standards.</p>\n");
        } else {
            int shownRows = Math.min(programs.size(), options.maxHeatmapSize());
            int shownColumns = Math.min(standards.size(), options.maxHeatmapSize());
            double[][] values = new double[shownRows][shownColumns];
            for (int r = 0; r < shownRows; r++) {
                for (int c = 0; c < shownColumns; c++) {
                    values[r][c] = matrix.score(r, c);
                }
            }
            truncation(html, shownRows, programs.size(), "programs", shownColumns, standards.size(), "standards");
            html.raw("<div class=\"figure\">\n");
            new Heatmap(title, "programs", "standards", programs.subList(0, shownRows),
                    standards.subList(0, shownColumns), values, "no score").draw(html);
            html.raw("</div>\n");
        }
        html.raw("</section>\n");

        topPairs(html, matrix, programs, standards, options.topPairs());
        foot(html);
        write(html, out);
    }

    static void head(Markup html, String title) {
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"OpenNQF\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<main>\n")
                .raw("<h1>").text(title).raw("</h1>\n");
    }

    private static void foot(Markup html) {
        html.raw("<footer>Written by OpenNQF. Scores run from 0 (no support) to 1 (full support); a requirement's"
                + " status follows the thresholds of the matcher's configuration.</footer>\n</main>\n</body>\n</html>\n");
    }

    static void write(Markup html, Writer out) {
        try {
            out.write(html.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void kpi(Markup html, String value, String label) {
        html.raw("<li><b>").text(value).raw("</b><span>").text(label).raw("</span></li>\n");
    }

    private static void summary(Markup html, CoverageReport report) {
        int[] byStatus = new int[CoverageStatus.values().length];
        int review = 0;
        for (RequirementMatch m : report.requirements()) {
            byStatus[m.status().ordinal()]++;
            review += m.confidence().needsReview() ? 1 : 0;
        }
        html.raw("<ul class=\"summary\" aria-label=\"Summary\">\n");
        kpi(html, Markup.score(report.score()), "coverage score (0 to 1)");
        kpi(html, Markup.percent(report.coveredShare()), "covered share, by weight");
        kpi(html, byStatus[CoverageStatus.COVERED.ordinal()] + " / " + byStatus[CoverageStatus.WEAK.ordinal()]
                + " / " + byStatus[CoverageStatus.UNCOVERED.ordinal()], "covered / weak / uncovered");
        kpi(html, Integer.toString(review), review == 1 ? "score needs review" : "scores need review");
        html.raw("</ul>\n");
        if (report.belowRequiredLevel()) {
            html.raw("<p class=\"alert\"><strong>Below the required level.</strong> The program's level is below"
                    + " that of at least one profession card, so its outcomes cannot fully cover that card's"
                    + " requirements; see the level checks.</p>\n");
        }
    }

    private static void levelChecks(Markup html, CoverageReport report) {
        html.raw("<section>\n<h2>Level checks</h2>\n");
        if (report.levelChecks().isEmpty()) {
            html.raw("<p class=\"note\">The standard has no profession card to check.</p>\n");
        } else {
            html.raw("<ul class=\"levels\">\n");
            for (LevelCheck check : report.levelChecks()) {
                String label = switch (check.status()) {
                    case MEETS -> "Meets the required level";
                    case BELOW -> "\u26a0 Below the required level";
                    case UNKNOWN -> "Level not compared";
                };
                html.raw("<li class=\"").raw(check.status().name().toLowerCase(Locale.ROOT)).raw("\"><strong>")
                        .text(label).raw("</strong> \u2013 card ").text(check.professionCardId()).raw(": ")
                        .text(check.message()).raw("</li>\n");
            }
            html.raw("</ul>\n");
        }
        html.raw("</section>\n");
    }

    private static void gaps(Markup html, CoverageReport report, ReportOptions options) {
        List<RequirementMatch> gaps = report.gaps();
        html.raw("<section>\n<h2>Gaps</h2>\n");
        if (report.requirements().isEmpty()) {
            html.raw("<p class=\"note\">The standard has no requirements.</p>\n</section>\n");
            return;
        }
        if (gaps.isEmpty()) {
            html.raw("<p class=\"note\">No gaps: every requirement is covered.</p>\n</section>\n");
            return;
        }
        html.raw("<table class=\"gaps\">\n<caption>").text(count(gaps.size(), "requirement")
                        + " not covered, heaviest first, each with the program's nearest outcome").raw("</caption>\n")
                .raw("<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Requirement</th>"
                        + "<th scope=\"col\">Statement</th><th scope=\"col\" class=\"num\">Weight</th>"
                        + "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Status</th>"
                        + "<th scope=\"col\">Nearest outcome</th></tr></thead>\n<tbody>\n");
        int i = 1;
        for (RequirementMatch m : gaps) {
            Requirement r = m.requirement();
            html.raw("<tr><td class=\"num\">").raw(Integer.toString(i++)).raw("</td><th scope=\"row\">").text(r.id())
                    .raw("</th>");
            statement(html, r, options);
            html.raw("<td class=\"num\">").text(ReportCsv.decimal(m.weight())).raw("</td>");
            scoreCell(html, m.score());
            status(html, m);
            html.raw("<td>");
            @Nullable StatementSupport nearest = m.nearest().orElse(null);
            if (nearest == null) {
                html.raw("<span class=\"none\">no statement is similar</span>");
            } else {
                support(html, nearest);
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void coverageHeatmap(Markup html, CoverageReport report, ReportOptions options) {
        Map<String, Map<String, Double>> best = new LinkedHashMap<>();
        TreeSet<String> outcomes = new TreeSet<>(NATURAL);
        for (RequirementMatch m : report.requirements()) {
            Map<String, Double> row = best.computeIfAbsent(m.labourFunctionId(), k -> new LinkedHashMap<>());
            for (StatementSupport s : m.supports()) {
                row.merge(s.statementId(), s.score(), Math::max);
                outcomes.add(s.statementId());
            }
        }
        html.raw("<section>\n<h2>Statements \u00d7 labour functions</h2>\n");
        if (best.isEmpty() || outcomes.isEmpty()) {
            html.raw("<p class=\"note\">Nothing to draw: no statement of the query supports or nearly matches any"
                    + " requirement.</p>\n</section>\n");
            return;
        }
        List<String> rows = List.copyOf(best.keySet());
        List<String> columns = List.copyOf(outcomes);
        int shownRows = Math.min(rows.size(), options.maxHeatmapSize());
        int shownColumns = Math.min(columns.size(), options.maxHeatmapSize());
        double[][] values = new double[shownRows][shownColumns];
        for (int r = 0; r < shownRows; r++) {
            Map<String, Double> row = best.get(rows.get(r));
            for (int c = 0; c < shownColumns; c++) {
                Double v = row.get(columns.get(c));
                values[r][c] = v == null ? Double.NaN : v;
            }
        }
        html.raw("<p class=\"note\">Each cell is the best score with which a program outcome (column) supports a"
                + " requirement of a labour function (row); a white cell means the outcome is not among the"
                + " supports of any of the function's requirements. Columns are the outcomes that support, or"
                + " nearly match, at least one requirement.</p>\n");
        truncation(html, shownRows, rows.size(), "labour functions", shownColumns, columns.size(), "outcomes");
        html.raw("<div class=\"figure\">\n");
        new Heatmap("Best support of each outcome for each labour function of " + report.standardId(),
                "labour functions", "outcomes", rows.subList(0, shownRows), columns.subList(0, shownColumns), values,
                "no support").draw(html);
        html.raw("</div>\n</section>\n");
    }

    private static void truncation(Markup html, int shownRows, int rows, String rowNoun, int shownColumns,
            int columns, String columnNoun) {
        List<String> parts = new ArrayList<>();
        if (shownRows < rows) {
            parts.add("the first " + shownRows + " of " + rows + " " + rowNoun);
        }
        if (shownColumns < columns) {
            parts.add("the first " + shownColumns + " of " + columns + " " + columnNoun);
        }
        if (!parts.isEmpty()) {
            html.raw("<p class=\"alert truncated\">The heatmap is truncated: it shows ").text(String.join(" and ", parts))
                    .raw(".</p>\n");
        }
    }

    private static void requirements(Markup html, CoverageReport report, ReportOptions options) {
        html.raw("<section>\n<h2>Requirements</h2>\n");
        if (report.requirements().isEmpty()) {
            html.raw("<p class=\"note\">The standard has no requirements.</p>\n</section>\n");
            return;
        }
        Map<String, Double> functionCoverage = report.labourFunctionCoverage();
        html.raw("<table class=\"requirements\">\n<caption>").text(count(report.requirements().size(), "requirement")
                        + " in the standard's order, grouped by labour function, with the outcomes that support each")
                .raw("</caption>\n<thead><tr><th scope=\"col\">Requirement</th><th scope=\"col\">Statement</th>"
                        + "<th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Weight</th>"
                        + "<th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Status</th>"
                        + "<th scope=\"col\">Supporting outcomes</th></tr></thead>\n<tbody>\n");
        @Nullable String function = null;
        for (RequirementMatch m : report.requirements()) {
            if (!m.labourFunctionId().equals(function)) {
                function = m.labourFunctionId();
                html.raw("<tr class=\"group\"><th colspan=\"7\" scope=\"colgroup\">Labour function ").text(function)
                        .raw(" (card ").text(m.professionCardId()).raw(") \u2013 coverage ")
                        .text(Markup.score(functionCoverage.getOrDefault(function, 0.0))).raw("</th></tr>\n");
            }
            Requirement r = m.requirement();
            html.raw("<tr><th scope=\"row\">").text(r.id()).raw("</th>");
            statement(html, r, options);
            html.raw("<td>").text(r.category().code()).raw(r.essential() ? " <strong>essential</strong>" : "")
                    .raw("</td><td class=\"num\">").text(ReportCsv.decimal(m.weight())).raw("</td>");
            scoreCell(html, m.score());
            status(html, m);
            html.raw("<td>");
            if (m.supports().isEmpty()) {
                html.raw("<span class=\"none\">none</span>");
            } else {
                if (m.status() == CoverageStatus.UNCOVERED) {
                    html.raw("<span class=\"none\">nearest:</span>");
                }
                html.raw("<ul class=\"supports\">");
                for (StatementSupport s : m.supports()) {
                    html.raw("<li>");
                    support(html, s);
                    html.raw("</li>");
                }
                html.raw("</ul>");
            }
            html.raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    static void statement(Markup html, Requirement r, ReportOptions options) {
        html.raw("<td").lang(r.text().resolveTag(options.languages())).raw(">").text(r.text().resolve(options.languages()))
                .raw("</td>");
    }

    private static void support(Markup html, StatementSupport s) {
        html.element("span", "why", s.why()).raw("<span class=\"stmt\" lang=\"\">").text(s.statement()).raw("</span>");
    }

    static void scoreCell(Markup html, double score) {
        html.raw("<td class=\"num\">").text(Markup.score(score)).raw("<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:")
                .raw(Long.toString(Math.round(Math.max(0, Math.min(1, score)) * 100))).raw("%;background:")
                .raw(Heatmap.colour(Math.max(score, 0.25))).raw("\"></span></span></td>");
    }

    private static void status(Markup html, RequirementMatch m) {
        String name = m.status().name().toLowerCase(Locale.ROOT);
        html.raw("<td><span class=\"status ").raw(name).raw("\">").text(name).raw("</span>");
        if (m.confidence().needsReview()) {
            html.raw("<span class=\"review\">review: ").text(reasons(m.confidence())).raw("</span>");
        }
        html.raw("</td>");
    }

    private static String reasons(Confidence confidence) {
        return String.join(", ", confidence.reasons().stream().sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
    }

    private static void topPairs(Markup html, CoverageMatrix matrix, List<String> programs, List<String> standards,
            int k) {
        html.raw("<section>\n<h2>Best pairs</h2>\n");
        if (k == 0 || programs.isEmpty() || standards.isEmpty()) {
            html.raw("<p class=\"note\">No pairs listed.</p>\n</section>\n");
            return;
        }
        // the k best cells: highest score first, then by row, then by column
        Comparator<int[]> better = Comparator.<int[]>comparingDouble(p -> matrix.score(p[0], p[1])).reversed()
                .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]);
        PriorityQueue<int[]> kept = new PriorityQueue<>(better.reversed());
        for (int r = 0; r < programs.size(); r++) {
            for (int c = 0; c < standards.size(); c++) {
                int[] pair = {r, c};
                if (kept.size() < k) {
                    kept.add(pair);
                } else if (better.compare(pair, Objects.requireNonNull(kept.peek())) < 0) {
                    kept.poll();
                    kept.add(pair);
                }
            }
        }
        int[][] best = kept.toArray(int[][]::new);
        Arrays.sort(best, better);
        html.raw("<table class=\"pairs\">\n<caption>").text("The " + count(best.length, "pair")
                        + " with the highest coverage, of " + (long) programs.size() * standards.size())
                .raw("</caption>\n<thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Program</th>"
                        + "<th scope=\"col\">Standard</th><th scope=\"col\" class=\"num\">Coverage</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < best.length; i++) {
            html.raw("<tr><td class=\"num\">").raw(Integer.toString(i + 1)).raw("</td><td>").text(programs.get(best[i][0]))
                    .raw("</td><td>").text(standards.get(best[i][1])).raw("</td>");
            scoreCell(html, matrix.score(best[i][0], best[i][1]));
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
    }

    /** Compares ids with their digit runs as numbers, so that {@code LO2} comes before {@code LO10}. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                String da = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String db = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int cmp = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int cmp = Integer.compare(a.length() - i, b.length() - j);
        return cmp != 0 ? cmp : a.compareTo(b);
    };

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

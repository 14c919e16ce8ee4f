/**
 * Reports for people: the CSV and self-contained HTML (inline SVG heatmap) writers of match
 * results behind {@code MatchReports} ({@code ReportCsv}, {@code ReportHtml}, {@code Heatmap}), the
 * text and HTML writers of program design results behind {@code DesignReports}
 * ({@code DesignText}, {@code DesignHtml}), the applicant-ranking page and its pseudonymised copies
 * behind {@code MatchReports} ({@code ApplicantHtml}, {@code ApplicantPseudonyms}), and the HTML
 * escaping and page parts they share
 * ({@code Markup}). Not API: not exported, may change in any release.
 */
@NullMarked
package io.github.opennqf.io.internal.report;

import org.jspecify.annotations.NullMarked;

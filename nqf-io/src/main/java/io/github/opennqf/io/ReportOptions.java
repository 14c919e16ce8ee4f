package io.github.opennqf.io;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.text.LanguagePriority;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Options for {@link MatchReports} and {@link DesignReports}: which language of a requirement's statement to show, the
 * page title, and how much of a large result an HTML page draws.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.DEFAULTS
 *         .withLanguages(LanguagePriority.KAZAKHSTAN)        // kk, then ru, then en
 *         .withTitle("Software engineering vs. PS-ICT-01, 2026-11-23")
 *         .withMaxHeatmapSize(100);
 * MatchReports.defaults().withOptions(options).writeHtml(report, out);
 * MatchReports.defaults().withOptions(ReportOptions.DEFAULTS.withPseudonymised(true))
 *         .writeHtml(applicantRanking, out);                 // applicants by id only
 * }</pre>
 *
 * <p>Immutable and thread-safe. A {@code null} languages, a blank title, or a size out of its
 * range gets an {@link InvalidValueException} naming the component; the title is stripped.
 *
 * @param languages the languages wanted for requirement statements, best first; a statement
 *     without any of them is shown in its first language; default
 *     {@link LanguagePriority#ENGLISH_FIRST}
 * @param title the page title, or {@code null} for one made of the program and standard ids
 *     (the pages write no date or time of their own: put one here to show it)
 * @param maxHeatmapSize the most rows and the most columns an HTML heatmap draws, from 1 to
 *     1000; the page says when it leaves some out; default 200
 * @param topPairs how many of the best program–standard pairs the matrix page lists, from 0 to
 *     10,000; default 50
 * @param pseudonymised whether reports of applicants show each applicant by id only and leave out
 *     every text that came from the applicant's evidence (statements, matched words, flag
 *     messages that may quote it): only ids, kinds, scores, statuses and the library's own
 *     reasons remain; default {@code false}. Assessments never hold names, so no report shows one.
 * @since 0.1.0
 */
public record ReportOptions(
        @NotNull LanguagePriority languages,
        @Nullable String title,
        @Min(1) @Max(MAX_HEATMAP_SIZE) int maxHeatmapSize,
        @PositiveOrZero @Max(MAX_TOP_PAIRS) int topPairs,
        boolean pseudonymised) {

    /** The largest {@link #maxHeatmapSize()}. */
    public static final int MAX_HEATMAP_SIZE = 1000;
    /** The largest {@link #topPairs()}. */
    public static final int MAX_TOP_PAIRS = 10_000;

    /** English first, a title from the ids, heatmaps up to 200 × 200 cells, the 50 best pairs, not pseudonymised. */
    public static final ReportOptions DEFAULTS = new ReportOptions(LanguagePriority.ENGLISH_FIRST, null, 200, 50, false);

    /** Validates the components and strips the title. */
    public ReportOptions {
        if (languages == null) {
            throw new InvalidValueException("languages", null, "is required");
        }
        if (title != null) {
            if (title.isBlank()) {
                throw new InvalidValueException("title", title, "must not be blank; use null for the default title");
            }
            title = title.strip();
        }
        if (maxHeatmapSize < 1 || maxHeatmapSize > MAX_HEATMAP_SIZE) {
            throw new InvalidValueException("maxHeatmapSize", Integer.toString(maxHeatmapSize),
                    "must be between 1 and " + MAX_HEATMAP_SIZE);
        }
        if (topPairs < 0 || topPairs > MAX_TOP_PAIRS) {
            throw new InvalidValueException("topPairs", Integer.toString(topPairs), "must be between 0 and " + MAX_TOP_PAIRS);
        }
    }

    /**
     * @param value the languages wanted for statements, best first
     * @return a copy with these languages
     */
    public ReportOptions withLanguages(LanguagePriority value) {
        return new ReportOptions(value, title, maxHeatmapSize, topPairs, pseudonymised);
    }

    /**
     * @param value the page title, or {@code null} for the default
     * @return a copy with this title
     */
    public ReportOptions withTitle(@Nullable String value) {
        return new ReportOptions(languages, value, maxHeatmapSize, topPairs, pseudonymised);
    }

    /**
     * @param value the most rows and columns a heatmap draws, from 1 to {@value #MAX_HEATMAP_SIZE}
     * @return a copy with this size
     */
    public ReportOptions withMaxHeatmapSize(int value) {
        return new ReportOptions(languages, title, value, topPairs, pseudonymised);
    }

    /**
     * @param value how many best pairs the matrix page lists, from 0 to {@value #MAX_TOP_PAIRS}
     * @return a copy with this number
     */
    public ReportOptions withTopPairs(int value) {
        return new ReportOptions(languages, title, maxHeatmapSize, value, pseudonymised);
    }

    /**
     * @param value whether applicant reports show ids, kinds, scores and statuses only, without
     *     the texts of the applicants' evidence
     * @return a copy with this setting
     */
    public ReportOptions withPseudonymised(boolean value) {
        return new ReportOptions(languages, title, maxHeatmapSize, topPairs, value);
    }
}

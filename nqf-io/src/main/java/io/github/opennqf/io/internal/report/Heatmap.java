package io.github.opennqf.io.internal.report;

import java.util.List;
import java.util.Locale;

/**
 * A heatmap of scores in [0, 1], drawn as inline SVG: one square per cell, coloured from near
 * white (0) to dark green (1), row labels on the left, column labels above (rotated), a
 * {@code <title>} tooltip on every cell, and a legend of eleven numbered swatches. A cell whose
 * value is {@code NaN} has no value: it is drawn in the colour of 0 and its tooltip says
 * {@code emptyLabel}. Labels longer than {@value #MAX_LABEL} characters are shortened with an
 * ellipsis (their tooltip has them whole); labels are left out when the cells are too small to
 * hold them, and the cells show their value when they are large enough.
 *
 * <p>Every coordinate is an integer computed from the sizes alone, so the same heatmap always
 * gives the same text. Immutable; the values array is the caller's and must not change.
 *
 * @param title the accessible name of the drawing
 * @param rowAxis what the rows are, such as {@code labour functions}
 * @param columnAxis what the columns are
 * @param rows the row labels
 * @param columns the column labels
 * @param values {@code values[row][column]}, in [0, 1] or {@code NaN}
 * @param emptyLabel the tooltip text of a cell without a value
 */
record Heatmap(String title, String rowAxis, String columnAxis, List<String> rows, List<String> columns,
        double[][] values, String emptyLabel) {

    /** Labels longer than this are shortened. */
    static final int MAX_LABEL = 28;
    /** The class of every cell's {@code <rect>}, and only of cells. */
    static final String CELL_CLASS = "cell";

    /** ColorBrewer's sequential "Greens", light to dark; values between stops are interpolated. */
    private static final int[] GREENS = {
        0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b,
    };
    /** A generous estimate of a character's width at 12 px, so that labels are never clipped. */
    private static final int CHAR_WIDTH = 8;
    private static final int GRID_WIDTH = 760;
    private static final int AXIS_TITLE = 22;

    Heatmap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /** @return the colour of a score, as {@code #rrggbb}; {@code NaN} and values below 0 are 0, above 1 are 1 */
    static String colour(double value) {
        double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        double position = v * (GREENS.length - 1);
        int low = Math.min((int) position, GREENS.length - 2);
        double t = position - low;
        int a = GREENS[low];
        int b = GREENS[low + 1];
        int r = mix(a >> 16, b >> 16, t);
        int g = mix(a >> 8, b >> 8, t);
        int bl = mix(a, b, t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
    }

    /** @return whether text on this score's colour should be white */
    private static boolean dark(double value) {
        return !Double.isNaN(value) && value > 0.55;
    }

    private static String label(String text) {
        if (text.length() <= MAX_LABEL) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LABEL - 2)) ? MAX_LABEL - 2 : MAX_LABEL - 1;
        return text.substring(0, end) + "\u2026";
    }

    private static int longest(List<String> labels) {
        int max = 0;
        for (String l : labels) {
            max = Math.max(max, label(l).length());
        }
        return max;
    }

    /** Appends the SVG drawing. */
    void draw(Markup out) {
        int cols = Math.max(columns.size(), 1);
        int cell = Math.max(4, Math.min(40, GRID_WIDTH / cols));
        int gap = cell >= 10 ? 1 : 0;
        int font = Math.min(12, cell - 2);
        boolean rowLabels = cell >= 10;
        boolean columnLabels = cell >= 10;
        boolean cellText = cell >= 30;
        int left = rowLabels ? Math.max(longest(rows) * CHAR_WIDTH + 12, 60) : 12;
        int columnLabelHeight = columnLabels ? longest(columns) * CHAR_WIDTH + 10 : 6;
        int top = AXIS_TITLE + columnLabelHeight;
        int gridWidth = columns.size() * cell;
        int gridHeight = rows.size() * cell;
        int legendTop = top + gridHeight + 18;
        int swatch = 32;
        int legendWidth = 11 * swatch + 60;
        int width = Math.max(left + gridWidth + 12, legendWidth + 12);
        int height = legendTop + 50;

        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" aria-labelledby=\"heatmap-title\"")
                .raw(" width=\"").raw(Integer.toString(width)).raw("\" height=\"").raw(Integer.toString(height))
                .raw("\" viewBox=\"0 0 ").raw(width + " " + height).raw("\" font-size=\"12\">\n")
                .raw("<title id=\"heatmap-title\">").text(title).raw("</title>\n");

        out.raw("<text class=\"axis\" x=\"4\" y=\"").raw(Integer.toString(AXIS_TITLE - 6)).raw("\">")
                .text("Rows: " + rowAxis + " \u00b7 Columns: " + columnAxis
                        + (rowLabels ? "" : " (too many to label: point at a cell for its names)")).raw("</text>\n");

        if (columnLabels) {
            out.raw("<g class=\"col-labels\" font-size=\"").raw(Integer.toString(font)).raw("\">\n");
            for (int c = 0; c < columns.size(); c++) {
                int x = left + c * cell + cell / 2 + font / 3;
                out.raw("<text transform=\"translate(").raw(x + "," + (top - 6)).raw(") rotate(-90)\">");
                labelText(out, columns.get(c));
                out.raw("</text>\n");
            }
            out.raw("</g>\n");
        }
        if (rowLabels) {
            out.raw("<g class=\"row-labels\" font-size=\"").raw(Integer.toString(font)).raw("\" text-anchor=\"end\">\n");
            for (int r = 0; r < rows.size(); r++) {
                int y = top + r * cell + cell / 2 + font / 3;
                out.raw("<text x=\"").raw(Integer.toString(left - 8)).raw("\" y=\"").raw(Integer.toString(y)).raw("\">");
                labelText(out, rows.get(r));
                out.raw("</text>\n");
            }
            out.raw("</g>\n");
        }

        if (!rows.isEmpty() && !columns.isEmpty()) {
            out.raw("<rect class=\"grid\" x=\"").raw(Integer.toString(left)).raw("\" y=\"").raw(Integer.toString(top))
                    .raw("\" width=\"").raw(Integer.toString(gridWidth + gap)).raw("\" height=\"")
                    .raw(Integer.toString(gridHeight + gap)).raw("\"/>\n");
        }
        out.raw("<g class=\"cells\">\n");
        int side = cell - gap;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                double v = values[r][c];
                int x = left + c * cell + gap;
                int y = top + r * cell + gap;
                out.raw("<rect class=\"" + CELL_CLASS + "\" x=\"").raw(Integer.toString(x)).raw("\" y=\"")
                        .raw(Integer.toString(y)).raw("\" width=\"").raw(Integer.toString(side)).raw("\" height=\"")
                        .raw(Integer.toString(side)).raw("\" fill=\"").raw(colour(v)).raw("\"><title>")
                        .text(rows.get(r) + " \u00d7 " + columns.get(c) + ": "
                                + (Double.isNaN(v) ? emptyLabel : Markup.score(v)))
                        .raw("</title></rect>");
                if (cellText && !Double.isNaN(v)) {
                    out.raw("<text class=\"value\" x=\"").raw(Integer.toString(x + side / 2)).raw("\" y=\"")
                            .raw(Integer.toString(y + side / 2 + 4)).raw("\" fill=\"").raw(dark(v) ? "#ffffff" : "#1b1b1b")
                            .raw("\">").raw(Markup.score(v)).raw("</text>");
                }
                out.raw("\n");
            }
        }
        out.raw("</g>\n");

        out.raw("<g class=\"legend\" aria-label=\"Colour legend: score from 0 to 1\">\n")
                .raw("<text x=\"4\" y=\"").raw(Integer.toString(legendTop + 15)).raw("\">Score</text>\n");
        for (int i = 0; i <= 10; i++) {
            double v = i / 10.0;
            int x = 56 + i * swatch;
            out.raw("<rect class=\"swatch\" x=\"").raw(Integer.toString(x)).raw("\" y=\"").raw(Integer.toString(legendTop))
                    .raw("\" width=\"").raw(Integer.toString(swatch - 2)).raw("\" height=\"20\" fill=\"").raw(colour(v))
                    .raw("\"/><text x=\"").raw(Integer.toString(x + (swatch - 2) / 2)).raw("\" y=\"")
                    .raw(Integer.toString(legendTop + 36)).raw("\" text-anchor=\"middle\" font-size=\"11\">")
                    .raw(String.format(Locale.ROOT, "%.1f", v)).raw("</text>\n");
        }
        out.raw("</g>\n</svg>\n");
    }

    private static void labelText(Markup out, String text) {
        String shown = label(text);
        if (!shown.equals(text)) {
            out.raw("<title>").text(text).raw("</title>");
        }
        out.text(shown);
    }
}

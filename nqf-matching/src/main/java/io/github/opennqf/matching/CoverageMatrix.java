package io.github.opennqf.matching;

import java.util.List;
import java.util.Objects;

/**
 * The coverage of every compiled standard (columns) by every compiled program (rows). Each cell
 * is the score of {@link Matcher#coverage(String, String)} for that pair; {@link #explain} gives
 * the full report of a cell on demand, so the matrix holds numbers only.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoverageMatrix {
    private final Matcher matcher;
    private final double[][] cells;

    CoverageMatrix(Matcher matcher, double[][] cells) {
        this.matcher = matcher;
        this.cells = cells;
    }

    /** @return the program ids, in row order */
    public List<String> programIds() {
        return matcher.programs().stream().map(p -> p.id()).toList();
    }

    /** @return the standard codes, in column order */
    public List<String> standardIds() {
        return matcher.standards().stream().map(s -> s.code()).toList();
    }

    /**
     * @param row a program's row
     * @param column a standard's column
     * @return the coverage in [0, 1]
     */
    public double score(int row, int column) {
        return cells[row][column];
    }

    /**
     * @param programId a compiled program
     * @param standardId a compiled standard
     * @return the coverage in [0, 1]
     */
    public double score(String programId, String standardId) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(standardId, "standardId");
        return cells[matcher.programRow(programId)][matcher.standardColumn(standardId)];
    }

    /**
     * @param programId a compiled program
     * @param standardId a compiled standard
     * @return the full report of that cell
     */
    public CoverageReport explain(String programId, String standardId) {
        return matcher.coverage(programId, standardId);
    }

    /** @return the number of rows (programs) */
    public int rows() {
        return cells.length;
    }

    /** @return the number of columns (standards) */
    public int columns() {
        return matcher.standards().size();
    }
}

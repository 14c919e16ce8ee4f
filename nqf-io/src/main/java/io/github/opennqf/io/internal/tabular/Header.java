package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a table: which cell index holds which column. Names are matched trimmed and
 * ignoring case; columns the format does not define are ignored. Immutable.
 */
public final class Header {
    /** The most columns a header may have; a guard against a "header" of millions of cells. */
    public static final int MAX_COLUMNS = 1024;

    private final Map<String, Integer> indexes;
    private final int size;
    private final long line;

    private Header(Map<String, Integer> indexes, int size, long line) {
        this.indexes = Map.copyOf(indexes);
        this.size = size;
        this.line = line;
    }

    /**
     * Reads the header row, reporting a repeated column name (DUPLICATE), every missing required
     * column (MISSING_FIELD) and a header that is too wide (LIMIT_EXCEEDED).
     *
     * @return the header, or {@code null} if it has problems (they are recorded)
     */
    public static @Nullable Header read(Row row, List<String> required, Problems problems) {
        if (row.cellCount() > MAX_COLUMNS) {
            problems.add(row.line(), 0, Reason.LIMIT_EXCEEDED, "the header has " + row.cellCount()
                    + " columns; at most " + MAX_COLUMNS + " are allowed");
            return null;
        }
        int before = problems.count();
        Map<String, Integer> indexes = new HashMap<>();
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String name = normalise(cells.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer first = indexes.putIfAbsent(name, i);
            if (first != null) {
                problems.add(row.line(), i + 1, Reason.DUPLICATE, "column '" + name
                        + "' appears twice in the header, as columns " + (first + 1) + " and " + (i + 1));
            }
        }
        for (String column : required) {
            if (!indexes.containsKey(column)) {
                problems.add(row.line(), 0, Reason.MISSING_FIELD, "the header has no column '" + column
                        + "'; required columns are " + String.join(",", required));
            }
        }
        return problems.count() == before ? new Header(indexes, row.cellCount(), row.line()) : null;
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the 0-based cell index of the column, or -1 if the header lacks it */
    public int index(String column) {
        Integer index = indexes.get(column);
        return index == null ? -1 : index;
    }

    /** @return the number of cells in the header, which every row must have */
    public int size() {
        return size;
    }

    /** @return the line of the header */
    long line() {
        return line;
    }
}

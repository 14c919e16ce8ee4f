package io.github.opennqf.io.internal.tabular;

import java.util.List;

/**
 * One CSV record as read: the line it starts on, its first cells (at most as many as the reader
 * asked to keep) and how many cells it really has.
 *
 * @param line the line the record starts on, from 1
 * @param cells the kept cells, unstripped
 * @param cellCount the number of cells in the record, kept or not
 */
public record Row(long line, List<String> cells, int cellCount) {
    public Row {
        cells = List.copyOf(cells);
    }
}

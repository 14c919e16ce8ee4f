package io.github.opennqf.io.internal.tabular;

import java.util.List;

/**
 * Turns the rows of one table into model values, keeping only the grouped model data. Not
 * thread-safe: one instance per read.
 *
 * @param <T> the model type
 */
interface TableSink<T> {

    /** @return the columns the header must have */
    List<String> requiredColumns();

    /**
     * Maps one row whose cell count matches the header, recording a problem for each bad cell.
     *
     * @param row the row
     */
    void accept(RowFields row);

    /**
     * Builds the values, in order of first appearance; called only when no problem was found.
     *
     * @return the values
     */
    List<T> results();
}

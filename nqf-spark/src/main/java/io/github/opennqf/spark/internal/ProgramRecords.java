package io.github.opennqf.spark.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Turns a partition's program rows — one per outcome, sorted by program id and input position —
 * into one record per program: the program's rows as a tabular CSV text, ready for nqf-io's
 * reader. Input columns: {@code _record, _source, _group}, then the tabular columns named in
 * {@code columns}, as strings.
 */
final class ProgramRecords implements Iterator<ProgramRecords.Program> {
    /** Fixed leading columns of the normalised input. */
    static final int RECORD = 0;
    static final int SOURCE = 1;
    static final int GROUP = 2;
    static final int FIRST_TABULAR = 3;

    /**
     * One program's rows.
     *
     * @param id its program_id
     * @param record the position of its first row
     * @param source where its first row came from
     * @param group the value of the grouping column of its first row, or {@code null}
     * @param csv a header line and its rows
     * @param groupsAgree whether all its rows had the same grouping value
     */
    record Program(String id, long record, String source, @Nullable String group, String csv, boolean groupsAgree) {
        /** @return the name used in the locations of problems: the source and the program id */
        String location() {
            return source + "#program_id=" + id;
        }
    }

    private final Iterator<Row> rows;
    private final String header;
    private final int idColumn;
    private final int width;
    private @Nullable Row pending;

    ProgramRecords(Iterator<Row> rows, List<String> columns) {
        this.rows = rows;
        this.header = String.join(",", columns);
        this.idColumn = FIRST_TABULAR + columns.indexOf("program_id");
        this.width = columns.size();
        this.pending = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public Program next() {
        Row first = pending;
        if (first == null) {
            throw new NoSuchElementException();
        }
        String id = cell(first, idColumn);
        String group = first.isNullAt(GROUP) ? null : first.getString(GROUP);
        boolean agree = true;
        StringBuilder csv = new StringBuilder(header).append('\n');
        Row row = first;
        while (true) {
            appendRow(csv, row);
            String g = row.isNullAt(GROUP) ? null : row.getString(GROUP);
            agree &= java.util.Objects.equals(g, group);
            row = rows.hasNext() ? rows.next() : null;
            if (row == null || !cell(row, idColumn).equals(id)) {
                break;
            }
        }
        pending = row;
        String source = first.isNullAt(SOURCE) ? "programs" : first.getString(SOURCE);
        return new Program(id, first.getLong(RECORD), source, group, csv.toString(), agree);
    }

    private void appendRow(StringBuilder csv, Row row) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                csv.append(',');
            }
            // every cell quoted (RFC 4180), so commas, quotes and line breaks in texts survive
            csv.append('"').append(cell(row, FIRST_TABULAR + i).replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
    }

    private static String cell(Row row, int i) {
        return row.isNullAt(i) ? "" : row.getString(i);
    }
}

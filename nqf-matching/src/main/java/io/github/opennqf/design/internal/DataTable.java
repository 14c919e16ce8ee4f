package io.github.opennqf.design.internal;

import io.github.opennqf.design.DesignDataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A tab-separated data file of the design package: comment lines ({@code #}) and blank lines are
 * skipped, every other line is a row of a fixed number of columns. Problems are collected with
 * their line numbers and thrown together by {@link #finish()}. Input is bounded: at most
 * {@value #MAX_ROWS} rows and {@value #MAX_LINE} characters a line. Not thread-safe: one per read.
 */
public final class DataTable {
    private static final int MAX_ROWS = 100_000;
    private static final int MAX_LINE = 4_000;

    /** One row: its line number and its cells, stripped. */
    public record Row(int line, List<String> cells) {
        /** @return the cell at {@code i} */
        public String cell(int i) {
            return cells.get(i);
        }
    }

    private final String source;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private DataTable(String source) {
        this.source = source;
    }

    /**
     * Reads every row with exactly {@code columns} cells; other rows are problems.
     *
     * @param reader the file's text
     * @param source its name, for messages
     * @param columns the number of columns
     * @return the table, whose problems {@link #finish()} throws
     */
    public static DataTable read(Reader reader, String source, int columns) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        DataTable table = new DataTable(source);
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    table.problem(number, "is longer than " + MAX_LINE + " characters");
                    continue;
                }
                if (table.rows.size() == MAX_ROWS) {
                    table.problem(number, "the file has more than " + MAX_ROWS + " rows");
                    break;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    table.problem(number, "has " + cells.length + " tab-separated columns, expected " + columns);
                    continue;
                }
                List<String> stripped = new ArrayList<>(columns);
                boolean blank = false;
                for (String cell : cells) {
                    stripped.add(cell.strip());
                    blank |= cell.isBlank();
                }
                if (blank) {
                    table.problem(number, "has an empty column");
                    continue;
                }
                table.rows.add(new Row(number, List.copyOf(stripped)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return table;
    }

    /**
     * Reads a bundled resource next to a class.
     *
     * @param anchor the class whose package holds the resource
     * @param name the resource name relative to that package
     * @param columns the number of columns
     * @return the table
     */
    public static DataTable resource(Class<?> anchor, String name, int columns) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled data " + name + " is missing from the jar");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), name, columns);
    }

    /** @return the well-formed rows, in file order */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** @return the name of the file */
    public String source() {
        return source;
    }

    /** Records a problem on a line. */
    public void problem(int line, String reason) {
        problems.add("line " + line + ": " + reason);
    }

    /** Records a problem of the whole file. */
    public void problem(String reason) {
        problems.add(reason);
    }

    /**
     * @param row a row
     * @param i a column
     * @param min the least value
     * @param max the greatest value
     * @param what what the number is, for the message
     * @return the cell as a whole number in range, or empty after recording a problem
     */
    public OptionalInt integer(Row row, int i, int min, int max, String what) {
        String text = row.cell(i);
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row.line(), what + " '" + clip(text) + "' is not a whole number from " + min + " to " + max);
        return OptionalInt.empty();
    }

    /** @throws DesignDataException with every problem, if any was recorded */
    public void finish() {
        if (!problems.isEmpty()) {
            throw new DesignDataException(source, problems);
        }
    }

    /** @return the text, cut to 60 characters for messages */
    public static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

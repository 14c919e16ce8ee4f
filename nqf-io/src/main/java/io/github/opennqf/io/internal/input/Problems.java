package io.github.opennqf.io.internal.input;

import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReadProblem.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one read, up to a maximum, and turns them into a {@link ReadException}.
 * Not thread-safe: one instance per read.
 */
public final class Problems {
    private static final Comparator<ReadProblem> INPUT_ORDER = Comparator
            .comparingLong((ReadProblem p) -> p.location().line())
            .thenComparingLong(p -> p.location().column());

    private final String source;
    private final int max;
    private final List<ReadProblem> problems = new ArrayList<>();
    private @Nullable Throwable cause;

    public Problems(String source, int max) {
        this.source = source;
        this.max = max;
    }

    /** An exception as a short phrase: its message, or its type when it has none. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The name of the input, for locations. */
    String source() {
        return source;
    }

    /**
     * Records a problem, unless the maximum is reached.
     *
     * @param line the line, from 1, or 0 for the whole input
     * @param column the 1-based cell index, or 0 for the whole line
     */
    public void add(long line, long column, Reason reason, String message) {
        add(line, column, reason, message, null);
    }

    /** Records a problem with the exception that caused it, unless the maximum is reached. */
    public void add(long line, long column, Reason reason, String message, @Nullable Throwable exception) {
        if (problems.size() >= max) {
            return;
        }
        Location location = line > 0 ? Location.at(source, line, column) : Location.document(source);
        problems.add(new ReadProblem(location, reason, message));
        if (cause == null) {
            cause = exception;
        }
    }

    /** Records a problem at a location, unless the maximum is reached. */
    public void add(Location location, Reason reason, String message, @Nullable Throwable exception) {
        if (problems.size() >= max) {
            return;
        }
        problems.add(new ReadProblem(location, reason, message));
        if (cause == null) {
            cause = exception;
        }
    }

    /** @return the number of problems recorded so far */
    public int count() {
        return problems.size();
    }

    /** @return {@code true} when no more problems are recorded, so reading should stop */
    public boolean full() {
        return problems.size() >= max;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @return the exception carrying every problem, in input order; requires at least one */
    public ReadException exception() {
        List<ReadProblem> sorted = new ArrayList<>(problems);
        sorted.sort(INPUT_ORDER);
        Throwable first = cause;
        if (sorted.size() == 1 && first != null) {
            return new ReadException(sorted.get(0), first);
        }
        return new ReadException(sorted);
    }
}

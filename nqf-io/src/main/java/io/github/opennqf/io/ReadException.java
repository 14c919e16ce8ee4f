package io.github.opennqf.io;

import io.github.opennqf.NqfException;
import java.util.List;

/**
 * Thrown when an input cannot be read into a model. It carries every problem found, each with its
 * location and reason, so that a file can be fixed in one pass; no partial result is returned.
 *
 * <pre>{@code
 * try {
 *     List<EducationalProgram> programs = TabularFormat.csv().readPrograms(path);
 * } catch (ReadException e) {
 *     e.problems().forEach(System.err::println);   // programs.csv:12:6: unknown category 'skil' ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadException extends NqfException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_IN_MESSAGE = 20;

    /** The problems; kept as a list of immutable records. */
    private final List<ReadProblem> problems;

    /**
     * @param problems the problems, at least one
     */
    public ReadException(List<ReadProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem the only problem
     * @param cause the underlying exception
     */
    public ReadException(ReadProblem problem, Throwable cause) {
        super(message(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    /** @return every problem found, in input order */
    public List<ReadProblem> problems() {
        return problems;
    }

    private static String message(List<ReadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ReadException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder().append(problems.size()).append(" problems:");
        for (int i = 0; i < Math.min(problems.size(), SHOWN_IN_MESSAGE); i++) {
            sb.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > SHOWN_IN_MESSAGE) {
            sb.append("\n  … and ").append(problems.size() - SHOWN_IN_MESSAGE).append(" more");
        }
        return sb.toString();
    }
}

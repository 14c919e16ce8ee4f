package io.github.opennqf.design;

import io.github.opennqf.NqfException;
import java.util.List;

/**
 * Thrown when a data file of program design (verb lists, verb levels, credit norms, outcome
 * templates) cannot be read. It lists every problem found, each with its line, so a file can be
 * fixed in one pass:
 * <pre>
 * action-verbs.tsv: 2 problems
 *   line 41: level 'seven' is not a number from 1 to 6
 *   line 57: phrase 'analyse' appears twice for language 'en' (first on line 52)
 * </pre>
 * No partial data is ever returned.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DesignDataException extends NqfException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /**
     * @param source the name of the file or resource
     * @param problems the problems, each {@code "line N: reason"}; at least one
     */
    public DesignDataException(String source, List<String> problems) {
        super(source + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + "\n  " + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** @return the name of the file or resource */
    public String source() {
        return source;
    }

    /** @return every problem, each {@code "line N: reason"} */
    public List<String> problems() {
        return problems;
    }
}

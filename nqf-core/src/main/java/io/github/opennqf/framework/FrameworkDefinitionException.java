package io.github.opennqf.framework;

import io.github.opennqf.NqfException;
import java.util.List;

/**
 * Thrown when a framework or level-mapping definition cannot be read. It lists every problem
 * found, each naming the key it concerns, so a definition can be fixed in one pass:
 * <pre>
 * my-framework.properties: 2 problems
 *   level.3.descriptor.KZ_KNOWLEDGE.ru: is missing
 *   level.9.title.en: level 9 is not listed in 'levels'
 * </pre>
 * No partial framework is ever returned.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FrameworkDefinitionException extends NqfException {
    private static final long serialVersionUID = 1L;

    /** The source that failed. */
    private final String source;
    /** The problems, each {@code "key: reason"}. */
    private final List<String> problems;

    /**
     * @param source the name of the definition (a file name or resource path)
     * @param problems the problems, each {@code "key: reason"}; at least one
     */
    public FrameworkDefinitionException(String source, List<String> problems) {
        super(source + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + "\n  " + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** @return the name of the definition that failed */
    public String source() {
        return source;
    }

    /** @return every problem found, each {@code "key: reason"} */
    public List<String> problems() {
        return problems;
    }
}

package io.github.opennqf.io.internal.json;

import io.github.opennqf.framework.FrameworkRef;
import io.github.opennqf.framework.Level;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.Problems;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of binding one document's tree to the model: where values came from, the problems
 * found so far, the limits and the frameworks that references may point to. Not thread-safe: one
 * per read.
 */
final class Binding {
    private final LocatedTree tree;
    private final Problems problems;
    private final ReadLimits limits;
    private final Map<FrameworkRef, Set<Integer>> frameworks;
    private int failures;

    Binding(LocatedTree tree, Problems problems, ReadLimits limits, Map<FrameworkRef, Set<Integer>> frameworks) {
        this.tree = tree;
        this.problems = problems;
        this.limits = limits;
        this.frameworks = frameworks;
    }

    /** Records a problem at a pointer, located by line and column as well where possible. */
    void problem(String pointer, Reason reason, String message) {
        problem(pointer, reason, message, null);
    }

    void problem(String pointer, Reason reason, String message, @Nullable Throwable cause) {
        failures++;
        problems.add(tree.location(pointer), reason, message, cause);
    }

    /** @return how many problems were found, including those beyond the collection limit */
    int failures() {
        return failures;
    }

    ReadLimits limits() {
        return limits;
    }

    /**
     * Checks a reference to a framework (and to one of its levels, when {@code level} is given)
     * against the frameworks this read knows.
     *
     * @return {@code true} if the reference resolves
     */
    boolean resolves(String pointer, FrameworkRef framework, @Nullable Level level) {
        Set<Integer> ranks = frameworks.get(framework);
        if (ranks == null) {
            problem(pointer, Reason.DANGLING_REFERENCE, "unknown framework '" + framework + "'; known: "
                    + frameworks.keySet().stream().map(FrameworkRef::toString).sorted().collect(Collectors.joining(", "))
                    + " (other frameworks can be registered with NativeFormat.withFrameworks)");
            return false;
        }
        if (level != null && !ranks.contains(level.rank())) {
            problem(pointer, Reason.DANGLING_REFERENCE, "framework " + framework + " has no level " + level.rank()
                    + "; its levels are " + ranks.stream().sorted().toList());
            return false;
        }
        return true;
    }
}

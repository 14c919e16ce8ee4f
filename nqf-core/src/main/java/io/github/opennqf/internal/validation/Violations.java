package io.github.opennqf.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects consistency problems, each with a property path such as {@code outcomes[3].id}, and
 * reports them as separate constraint violations. Not thread-safe; one per validation call.
 */
final class Violations {
    private record Segment(String name, @Nullable Integer index) {}

    private record Problem(List<Segment> path, String message) {}

    private final List<Problem> problems = new ArrayList<>();

    /** A path under construction. */
    static final class Path {
        private final List<Segment> segments = new ArrayList<>();

        Path property(String name) {
            segments.add(new Segment(name, null));
            return this;
        }

        Path element(String name, int index) {
            segments.add(new Segment(name, index));
            return this;
        }

        Path copy() {
            Path p = new Path();
            p.segments.addAll(segments);
            return p;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Segment s : segments) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s.name);
                if (s.index != null) {
                    sb.append('[').append(s.index).append(']');
                }
            }
            return sb.toString();
        }
    }

    static Path path() {
        return new Path();
    }

    void add(Path path, String message) {
        problems.add(new Problem(List.copyOf(path.segments), message));
    }

    /**
     * Reports repeated ids: {@code ids.get(i)} was seen at {@code paths.get(i)}.
     */
    void requireUnique(List<String> ids, List<Path> paths, String what) {
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Path first = seen.putIfAbsent(ids.get(i), paths.get(i));
            if (first != null) {
                add(paths.get(i), "duplicate " + what + " id '" + ids.get(i) + "', also used by " + parentOf(first));
            }
        }
    }

    private static String parentOf(Path idPath) {
        String s = idPath.toString();
        return s.endsWith(".id") ? s.substring(0, s.length() - 3) : s;
    }

    /** Emits every problem as a violation; returns true if there were none. */
    boolean report(ConstraintValidatorContext context) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem p : problems) {
            ConstraintValidatorContext.ConstraintViolationBuilder builder =
                    context.buildConstraintViolationWithTemplate(escape(p.message));
            if (p.path.isEmpty()) {
                builder.addConstraintViolation();
                continue;
            }
            // Bean Validation's node builders are stateful: an index belongs to the node that follows
            // the iterable (a[2].b is property a, then property b "in iterable" at index 2), and
            // atIndex commits the node, so building must go on from the builder atIndex returns.
            ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext open =
                    builder.addPropertyNode(p.path.get(0).name);
            ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext committed = null;
            @Nullable Integer pendingIndex = p.path.get(0).index;
            for (int i = 1; i < p.path.size(); i++) {
                Segment s = p.path.get(i);
                ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext next =
                        committed != null ? committed.addPropertyNode(s.name) : open.addPropertyNode(s.name);
                if (pendingIndex != null) {
                    committed = next.inIterable().atIndex(pendingIndex);
                } else {
                    committed = null;
                    open = next;
                }
                pendingIndex = s.index;
            }
            if (pendingIndex != null) {
                (committed != null ? committed.addBeanNode() : open.addBeanNode())
                        .inIterable().atIndex(pendingIndex).addConstraintViolation();
            } else if (committed != null) {
                committed.addConstraintViolation();
            } else {
                open.addConstraintViolation();
            }
        }
        return false;
    }

    /** Message templates interpret braces, dollar signs and backslashes; data must not be interpreted. */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

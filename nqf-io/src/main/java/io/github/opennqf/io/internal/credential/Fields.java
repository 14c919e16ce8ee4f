package io.github.opennqf.io.internal.credential;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.json.LocatedJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Typed, located access to the fields of one parsed JSON document, recording a located problem for
 * every missing or mistyped value. Lenient about fields it is not asked for (JSON-LD documents
 * carry many). Not thread-safe: one per document read.
 */
final class Fields {
    private final LocatedJson tree;
    private final @Nullable String where;
    private final List<ReadProblem> problems;
    private final int maxProblems;

    /** The fields of a document that is the input itself: located by line, column and pointer. */
    Fields(LocatedJson tree, ReadLimits limits) {
        this(tree, null, new ArrayList<>(), limits.maxProblems());
    }

    /**
     * The fields of a document inside the input (a JWT's decoded payload), sharing the problems of
     * the input's; located by the pointer within it, with the message saying which document.
     *
     * @param where the document, such as {@code the VC-JWT's payload}
     */
    Fields(LocatedJson tree, String where, @Nullable Fields outer, ReadLimits limits) {
        this(tree, where, outer == null ? new ArrayList<>() : outer.problems, limits.maxProblems());
    }

    private Fields(LocatedJson tree, @Nullable String where, List<ReadProblem> problems, int maxProblems) {
        this.tree = tree;
        this.where = where;
        this.problems = problems;
        this.maxProblems = maxProblems;
    }

    /** @return where a value is: its line and column in the input, or its pointer in an inner document */
    Location at(String pointer) {
        return where == null ? tree.location(pointer) : Location.pointer(tree.source(), pointer);
    }

    String source() {
        return tree.source();
    }

    void problem(String pointer, Reason reason, String message) {
        if (problems.size() < maxProblems) {
            problems.add(new ReadProblem(at(pointer), reason, where == null ? message : "in " + where + ": " + message));
        }
    }

    int problemCount() {
        return problems.size();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ReadException(problems);
        }
    }

    /** @return the field's value if it is present and not null */
    static @Nullable JsonNode get(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** @return the non-blank text of a field; a problem if it is required and absent, or not text */
    @Nullable String text(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode value = get(parent, name);
        String at = pointer + "/" + name;
        if (value == null) {
            if (required) {
                problem(pointer, Reason.MISSING_FIELD, "'" + name + "' is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            problem(at, Reason.WRONG_TYPE, "'" + name + "' must be text, not " + describe(value));
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                problem(at, Reason.MISSING_FIELD, "'" + name + "' is empty");
            }
            return null;
        }
        return text;
    }

    /** @return an object field; a problem if it is required and absent, or not an object */
    @Nullable JsonNode object(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode value = get(parent, name);
        if (value == null) {
            if (required) {
                problem(pointer, Reason.MISSING_FIELD, "'" + name + "' is missing");
            }
            return null;
        }
        if (!value.isObject()) {
            problem(pointer + "/" + name, Reason.WRONG_TYPE, "'" + name + "' must be an object, not " + describe(value));
            return null;
        }
        return value;
    }

    /** @return a number field as a decimal; a problem if it is not a number */
    @Nullable BigDecimal number(JsonNode parent, String pointer, String name) {
        JsonNode value = get(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(pointer + "/" + name, Reason.WRONG_TYPE, "'" + name + "' must be a number, not " + describe(value));
            return null;
        }
        return value.decimalValue();
    }

    /**
     * The values of a field that may hold one value or an array of them (JSON-LD writes a single
     * value without the array), each with its pointer.
     */
    List<Entry> many(JsonNode parent, String pointer, String name) {
        JsonNode value = get(parent, name);
        String at = pointer + "/" + name;
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(new Entry(value, at));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            entries.add(new Entry(value.get(i), at + "/" + i));
        }
        return entries;
    }

    /** @return the {@code type} of a JSON-LD object: one string or an array of strings */
    List<String> types(JsonNode node, String pointer) {
        List<String> types = new ArrayList<>();
        for (Entry e : many(node, pointer, "type")) {
            if (e.node().isTextual()) {
                types.add(e.node().asText());
            } else {
                problem(e.pointer(), Reason.WRONG_TYPE, "a type must be text, not " + describe(e.node()));
            }
        }
        return types;
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "text";
            default -> "null";
        };
    }

    /** A value and its JSON pointer. */
    record Entry(JsonNode node, String pointer) {
    }
}

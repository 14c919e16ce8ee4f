package io.github.opennqf.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadProblem.Reason;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One JSON or YAML document parsed into a Jackson tree, with the line and column where every
 * value starts, keyed by its JSON pointer, so that problems found later while binding the tree to
 * the model can still be reported by line. Built by its own token loop (not
 * {@code ObjectMapper.readTree}) so that depth, string length and repeated keys are checked with
 * the position of the offending token. Not thread-safe while building; read-only afterwards.
 */
final class LocatedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String source;
    private final Map<String, long[]> positions = new HashMap<>();
    private final int maxDepth;
    private final int maxStringLength;
    private JsonNode root = NODES.nullNode();

    private LocatedTree(String source, int maxDepth, int maxStringLength) {
        this.source = source;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    /**
     * Parses the parser's next document. The parser must be positioned before its first token.
     *
     * @return the tree, or {@code null} when the input holds no document at all
     * @throws FatalReadProblem for malformed, truncated, repeated-key, too-deep or too-long input
     * @throws IOException when the underlying input fails (including {@link InputTooLargeException})
     */
    static LocatedTree parse(JsonParser parser, String source, int maxDepth, int maxStringLength) throws IOException {
        LocatedTree tree = new LocatedTree(source, maxDepth, maxStringLength);
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FatalReadProblem(0, 0, Reason.TRUNCATED, "the input is empty: no document", null);
        }
        tree.root = tree.value(parser, first, "", 0);
        return tree;
    }

    JsonNode root() {
        return root;
    }

    String source() {
        return source;
    }

    /**
     * The location of a pointer: its own line and column when the value exists, else those of its
     * nearest existing ancestor (a missing field is reported where its object starts).
     */
    Location location(String pointer) {
        String p = pointer;
        while (true) {
            long[] at = positions.get(p);
            if (at != null) {
                return new Location(source, at[0], at[1], pointer);
            }
            if (p.isEmpty()) {
                return Location.pointer(source, pointer);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token, String pointer, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        positions.put(pointer, new long[] {Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)});
        switch (token) {
            case START_OBJECT:
                return object(parser, pointer, depth + 1, at);
            case START_ARRAY:
                return array(parser, pointer, depth + 1, at);
            case VALUE_STRING: {
                String text = parser.getText();
                if (text.length() > maxStringLength) {
                    throw limit(at, "a string of " + text.length() + " characters is longer than the limit of "
                            + maxStringLength);
                }
                return NODES.textNode(text);
            }
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return floatNode(parser, at);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // VALUE_EMBEDDED_OBJECT (YAML binary) and anything else the native formats do not use
                throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX,
                        "unsupported value (" + token + ")", null);
        }
    }

    private JsonNode floatNode(JsonParser parser, JsonLocation at) throws IOException {
        if (parser.isNaN()) {
            // YAML's .nan and .inf: JSON has no such numbers and the model accepts none
            throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.INVALID_VALUE,
                    "'" + parser.getText() + "' is not a finite number", null);
        }
        BigDecimal exact = parser.getDecimalValue();
        return NODES.numberNode(exact);
    }

    private ObjectNode object(JsonParser parser, String pointer, int depth, JsonLocation start) throws IOException {
        checkDepth(depth, start);
        ObjectNode node = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t == null) {
                throw truncated(parser);
            }
            if (t != JsonToken.FIELD_NAME) {
                JsonLocation at = parser.currentTokenLocation();
                throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX,
                        "expected a field name, found " + t, null);
            }
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            if (name.length() > maxStringLength) {
                throw limit(nameAt, "a field name of " + name.length() + " characters is longer than the limit of "
                        + maxStringLength);
            }
            if (node.has(name)) {
                throw new FatalReadProblem(nameAt.getLineNr(), nameAt.getColumnNr(), Reason.DUPLICATE,
                        "field '" + name + "' appears twice in the same object (at " + child(pointer, name) + ")", null);
            }
            JsonToken valueToken = parser.nextToken();
            if (valueToken == null) {
                throw truncated(parser);
            }
            node.set(name, value(parser, valueToken, child(pointer, name), depth));
        }
        return node;
    }

    private ArrayNode array(JsonParser parser, String pointer, int depth, JsonLocation start) throws IOException {
        checkDepth(depth, start);
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw truncated(parser);
            }
            node.add(value(parser, t, pointer + "/" + index, depth));
            index++;
        }
        return node;
    }

    private void checkDepth(int depth, JsonLocation at) {
        if (depth > maxDepth) {
            throw limit(at, "the document nests objects and arrays deeper than the limit of " + maxDepth);
        }
    }

    private static FatalReadProblem limit(JsonLocation at, String message) {
        return new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.LIMIT_EXCEEDED, message, null);
    }

    private static FatalReadProblem truncated(JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.TRUNCATED,
                "the document ends before its objects and arrays are closed", null);
    }

    /** Appends an RFC 6901 reference token, escaping {@code ~} and {@code /}. */
    static String child(String pointer, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return pointer + "/" + name;
        }
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}

package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.InputTooLargeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One JSON or YAML document parsed into a Jackson tree, with the line and column where every
 * value starts, keyed by its JSON pointer, so that problems found later while binding the tree to
 * the model can still be reported by line. Built by its own token loop (not
 * {@code ObjectMapper.readTree}) so that depth, string length and repeated keys are checked with
 * the position of the offending token, and so that the YAML features the native format does not
 * use (aliases, anchors, tags) are refused instead of silently read as something else. Not
 * thread-safe while building; read-only afterwards.
 */
public final class LocatedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** The largest decimal exponent (either way) of a number; beyond it, plain text of the number is unbounded. */
    static final int MAX_EXPONENT = 1_000;
    /** The YAML tags that only say what a plain value would be anyway. */
    private static final Set<String> YAML_CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq",
            "timestamp").stream().map(t -> "tag:yaml.org,2002:" + t).collect(Collectors.toUnmodifiableSet());
    private static final Pattern YAML_NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

    private final String source;
    private final Map<String, long[]> positions = new HashMap<>();
    private final java.util.List<io.github.opennqf.io.ReadProblem> duplicates = new java.util.ArrayList<>();
    private final int maxDepth;
    private final int maxStringLength;
    private JsonNode root = NODES.nullNode();
    /** The pointer of the value being parsed, or of the container between two of its values. */
    private @Nullable String current;

    /**
     * @param source the input's name
     * @param maxDepth the deepest nesting allowed
     * @param maxStringLength the longest string or field name allowed
     */
    LocatedTree(String source, int maxDepth, int maxStringLength) {
        this.source = source;
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    /**
     * Parses the parser's next document. The parser must be positioned before its first token.
     *
     * @throws FatalReadProblem for an empty, truncated, too-deep or too-long input (repeated keys are
     *     collected in {@link #duplicates()}),
     *     or a YAML feature the native format does not use (aliases, anchors, tags, binary)
     * @throws IOException when the parser or the underlying input fails (including
     *     {@link InputTooLargeException}); {@link #current()} then tells where
     */
    void parse(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FatalReadProblem(0, 0, Reason.TRUNCATED, "the input is empty: no document", null);
        }
        root = value(parser, first, "", 0);
        current = "";
    }

    JsonNode root() {
        return root;
    }

    /** @return every repeated key found, in input order, each where its second occurrence is */
    java.util.List<io.github.opennqf.io.ReadProblem> duplicates() {
        return java.util.List.copyOf(duplicates);
    }

    String source() {
        return source;
    }

    /**
     * @return the JSON pointer of where parsing is or stopped: the value being read, or the object
     *     or array between two of its values; {@code null} before the first value
     */
    @Nullable String current() {
        return current;
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
        current = pointer;
        JsonLocation at = parser.currentTokenLocation();
        positions.put(pointer, new long[] {Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0)});
        if (parser instanceof YAMLParser yaml) {
            checkYaml(yaml, at);
        }
        switch (token) {
            case START_OBJECT:
                return object(parser, pointer, depth + 1, at);
            case START_ARRAY:
                return array(parser, pointer, depth + 1, at);
            case VALUE_STRING: {
                String text = parser.getText();
                if (text.length() > maxStringLength) {
                    throw tooLongString(at);
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
                // VALUE_EMBEDDED_OBJECT (YAML's !!binary) and anything else the native formats do not use
                throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX,
                        "binary and other embedded values are not supported; write the value as text", null);
        }
    }

    /**
     * Refuses the YAML features the native format does not use: an alias is read by the parser as
     * the string of its name and an unknown tag is dropped, so either would silently change the
     * value; anchors have no use without aliases. (The parser does not report the anchor of a
     * scalar, which is harmless alone: the value reads as written.)
     */
    private static void checkYaml(YAMLParser parser, JsonLocation at) throws IOException {
        if (parser.isCurrentAlias()) {
            throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX, "YAML aliases (*"
                    + ValueCodecs.clip(parser.getText()) + ") are not supported; write the value out in full", null);
        }
        String anchor = parser.getCurrentAnchor();
        if (anchor != null) {
            throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX, "YAML anchors (&"
                    + ValueCodecs.clip(anchor) + ") are not supported; write every value out in full", null);
        }
        String tag = parser.getTypeId();
        if (tag != null && !YAML_CORE_TAGS.contains(tag)) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.MALFORMED_SYNTAX, "the YAML tag '"
                    + ValueCodecs.clip(shown) + "' is not supported; write plain values", null);
        }
    }

    private JsonNode floatNode(JsonParser parser, JsonLocation at) throws IOException {
        if (parser.isNaN() || parser instanceof YAMLParser && YAML_NOT_FINITE.matcher(parser.getText()).matches()) {
            // YAML's .nan and .inf: JSON has no such numbers and the model accepts none
            throw new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.INVALID_VALUE,
                    "'" + ValueCodecs.clip(parser.getText()) + "' is not a finite number", null);
        }
        if (exponentDigits(parser.getText()) > 9) {
            // more exponent digits than an int holds (1e-99912345678901): the parsers' own errors differ
            throw exponentTooLarge(parser, at);
        }
        BigDecimal exact;
        try {
            exact = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw exponentTooLarge(parser, at);
        }
        // A scale of a billion digits is a few bytes of input (1e-999999999) but a gigabyte as text.
        if (Math.abs((long) exact.precision() - exact.scale()) > MAX_EXPONENT
                || Math.abs((long) exact.scale()) > MAX_EXPONENT) {
            throw exponentTooLarge(parser, at);
        }
        return NODES.numberNode(exact);
    }

    /** @return the number of significant digits in a number's exponent, 0 when it has none */
    private static int exponentDigits(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return 0;
        }
        int i = e + 1;
        if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
            i++;
        }
        while (i < number.length() && number.charAt(i) == '0') {
            i++;
        }
        return number.length() - i;
    }

    private static FatalReadProblem exponentTooLarge(JsonParser parser, JsonLocation at) throws IOException {
        return new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.LIMIT_EXCEEDED, "the number '"
                + ValueCodecs.clip(parser.getText()) + "' is too large or too small: its exponent is beyond "
                + "±" + MAX_EXPONENT + ", the most this reader accepts", null);
    }

    private ObjectNode object(JsonParser parser, String pointer, int depth, JsonLocation start) throws IOException {
        checkDepth(depth, start);
        ObjectNode node = NODES.objectNode();
        for (JsonToken t = next(parser, pointer); t != JsonToken.END_OBJECT; t = next(parser, pointer)) {
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
                throw limit(nameAt, "a field name is longer than the limit of " + maxStringLength
                        + " characters (ReadLimits.maxStringLength); reading stopped");
            }
            String child = child(pointer, name);
            boolean repeated = node.has(name);
            if (repeated) {
                // every repeated key is reported, after the whole input is parsed; the first value stays
                duplicates.add(new io.github.opennqf.io.ReadProblem(new io.github.opennqf.io.Location(source,
                        nameAt.getLineNr(), nameAt.getColumnNr(), child), Reason.DUPLICATE,
                        "field '" + ValueCodecs.clip(name) + "' appears twice in the same object"));
            }
            if (parser instanceof YAMLParser yaml && yaml.getCurrentAnchor() != null) {
                current = child;
                checkYaml(yaml, nameAt);
            }
            current = child;
            JsonToken valueToken = parser.nextToken();
            if (valueToken == null) {
                throw truncated(parser);
            }
            long[] first = positions.get(child);
            JsonNode value = value(parser, valueToken, child, depth);
            if (!repeated) {
                node.set(name, value);
            } else if (first != null) {
                positions.put(child, first);
            }
        }
        current = pointer;
        return node;
    }

    private ArrayNode array(JsonParser parser, String pointer, int depth, JsonLocation start) throws IOException {
        checkDepth(depth, start);
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        for (JsonToken t = next(parser, pointer); t != JsonToken.END_ARRAY; t = next(parser, pointer)) {
            if (t == null) {
                throw truncated(parser);
            }
            node.add(value(parser, t, pointer + "/" + index, depth));
            index++;
        }
        current = pointer;
        return node;
    }

    /** The next token inside the container at {@code pointer}, which is where a failure is located. */
    private JsonToken next(JsonParser parser, String pointer) throws IOException {
        current = pointer;
        return parser.nextToken();
    }

    private void checkDepth(int depth, JsonLocation at) {
        if (depth > maxDepth) {
            throw limit(at, "the document nests objects and arrays deeper than the limit of " + maxDepth
                    + " (ReadLimits.maxDepth); reading stopped");
        }
    }

    private FatalReadProblem tooLongString(JsonLocation at) {
        return limit(at, "a string is longer than the limit of " + maxStringLength
                + " characters (ReadLimits.maxStringLength); reading stopped");
    }

    private static FatalReadProblem limit(JsonLocation at, String message) {
        return new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.LIMIT_EXCEEDED, message, null);
    }

    private static FatalReadProblem truncated(JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return new FatalReadProblem(at.getLineNr(), at.getColumnNr(), Reason.TRUNCATED, TRUNCATED, null);
    }

    /** The message of an input that ends inside the document. */
    static final String TRUNCATED = "the input ends in the middle of the document (is the file truncated?)";

    /** Appends an RFC 6901 reference token, escaping {@code ~} and {@code /}. */
    public static String child(String pointer, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return pointer + "/" + name;
        }
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}

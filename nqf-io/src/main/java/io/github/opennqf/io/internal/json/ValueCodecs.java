package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.text.MultilingualText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Codecs of values written as JSON scalars, arrays and maps: strings, numbers, booleans, enums,
 * values parsed from a canonical string (levels, codes, dates), multilingual text, lists, maps
 * and unions with a fixed {@code kind} discriminator. Every codec here is immutable and shared.
 */
final class ValueCodecs {
    private static final JsonNodeFactory NODES = SchemaDefinitions.NODES;

    private ValueCodecs() {}

    /** A non-blank identifier. */
    static final Codec<String> ID = new StringCodec("an identifier (a non-blank string)", true);

    /** Any string, such as a name or a note. */
    static final Codec<String> STRING = new StringCodec("a string", false);

    /** A finite number. */
    static final Codec<Double> NUMBER = scalar("a number", type("number"), JsonNode::isNumber,
            node -> Double.isFinite(node.doubleValue()) ? null : "the number " + node + " is out of range",
            JsonNode::doubleValue, NODES::numberNode);

    /** A whole number from 1, such as a rank. */
    static final Codec<Integer> POSITIVE_INTEGER = scalar("a whole number", type("integer").put("minimum", 1), JsonNode::isIntegralNumber,
            node -> node.canConvertToInt() && node.intValue() >= 1 ? null
                    : "expected a whole number from 1, found " + clip(node.asText()),
            JsonNode::intValue, NODES::numberNode);

    /** A whole number from 0, such as a count or a level that may be absent (0). */
    static final Codec<Integer> WHOLE_NUMBER = scalar("a whole number", type("integer").put("minimum", 0), JsonNode::isIntegralNumber,
            node -> node.canConvertToInt() && node.intValue() >= 0 ? null
                    : "expected a whole number from 0, found " + clip(node.asText()),
            JsonNode::intValue, NODES::numberNode);

    /** A whole number from 0 that may exceed an {@code int}, such as a count of records. */
    static final Codec<Long> COUNT = scalar("a whole number", type("integer").put("minimum", 0), JsonNode::isIntegralNumber,
            node -> node.canConvertToLong() && node.longValue() >= 0 ? null
                    : "expected a whole number from 0, found " + clip(node.asText()),
            JsonNode::longValue, NODES::numberNode);

    /** An exact decimal number, such as a number of credits or hours. */
    static final Codec<BigDecimal> DECIMAL = scalar("a number", type("number"), JsonNode::isNumber, node -> null,
            JsonNode::decimalValue, NODES::numberNode);

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = scalar("true or false", type("boolean"), JsonNode::isBoolean, node -> null,
            JsonNode::booleanValue, NODES::booleanNode);

    /**
     * The codec of a value written as a JSON scalar of one type.
     *
     * @param description what the value is, for messages
     * @param schema the value's JSON Schema
     * @param isType whether a node has the right JSON type (else a {@link Reason#WRONG_TYPE} problem)
     * @param invalid why a node of the right type is still invalid, or {@code null} when it is valid
     */
    private static <T> Codec<T> scalar(String description, ObjectNode schema, Predicate<JsonNode> isType,
            Function<JsonNode, @Nullable String> invalid, Function<JsonNode, T> read, Function<T, JsonNode> write) {
        return new Codec<>() {
            @Override
            public @Nullable T read(Binding in, String pointer, JsonNode node) {
                if (!isType.test(node)) {
                    in.problem(pointer, Reason.WRONG_TYPE, "expected " + description + ", found " + kindOf(node));
                    return null;
                }
                String why = invalid.apply(node);
                if (why != null) {
                    in.problem(pointer, Reason.INVALID_VALUE, why);
                    return null;
                }
                return read.apply(node);
            }

            @Override
            public JsonNode write(T value) {
                return write.apply(value);
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                return schema.deepCopy();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /**
     * Text in one or more languages: an object from BCP 47 language tag to non-blank text, such as
     * {@code {"kk": "...", "ru": "...", "en": "..."}}.
     */
    static final Codec<MultilingualText> TEXT = new Codec<>() {
        @Override
        public @Nullable MultilingualText read(Binding in, String pointer, JsonNode node) {
            if (!node.isObject()) {
                in.problem(pointer, Reason.WRONG_TYPE, "expected " + describe() + ", found " + kindOf(node));
                return null;
            }
            if (node.isEmpty()) {
                in.problem(pointer, Reason.MISSING_FIELD, "the text has no language: expected at least one, such as"
                        + " {\"en\": \"...\"}");
                return null;
            }
            MultilingualText.Builder text = MultilingualText.builder();
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = LocatedTree.child(pointer, e.getKey());
                if (!e.getValue().isTextual()) {
                    in.problem(at, Reason.WRONG_TYPE, "expected the text in language '" + e.getKey()
                            + "' as a string, found " + kindOf(e.getValue()));
                    ok = false;
                    continue;
                }
                try {
                    text.put(e.getKey(), e.getValue().textValue());
                } catch (InvalidValueException | IllegalArgumentException ex) {
                    in.problem(at, Reason.INVALID_VALUE, ex.getMessage(), ex);
                    ok = false;
                }
            }
            if (!ok) {
                return null;
            }
            try {
                return text.build();
            } catch (InvalidValueException | IllegalArgumentException ex) {
                in.problem(pointer, Reason.INVALID_VALUE, ex.getMessage(), ex);
                return null;
            }
        }

        @Override
        public JsonNode write(MultilingualText value) {
            ObjectNode node = NODES.objectNode();
            for (String tag : value.languages()) {
                node.put(tag, value.get(tag).orElseThrow());
            }
            return node;
        }

        @Override
        public ObjectNode schema(SchemaDefinitions definitions) {
            return definitions.reference("text", () -> {
                ObjectNode s = NODES.objectNode();
                s.put("title", "text in one or more languages, keyed by BCP 47 language tag");
                s.put("type", "object");
                s.put("minProperties", 1);
                s.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
                s.putObject("additionalProperties").put("type", "string").put("pattern", "\\S");
                return s;
            });
        }

        @Override
        public String describe() {
            return "text by language, such as {\"en\": \"...\"}";
        }
    };

    /** @return the codec of an enum written by its constant name, such as {@code VERIFIED} */
    static <E extends Enum<E>> Codec<E> enumByName(Class<E> type, String description) {
        return enumBy(type, Enum::name, description);
    }

    /** @return the codec of an enum written by a code of its own, such as {@code knowledge} */
    static <E extends Enum<E>> Codec<E> enumBy(Class<E> type, Function<E, String> code, String description) {
        Map<String, E> byCode = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            byCode.put(code.apply(e), e);
        }
        return new Codec<>() {
            @Override
            public @Nullable E read(Binding in, String pointer, JsonNode node) {
                if (!node.isTextual()) {
                    in.problem(pointer, Reason.WRONG_TYPE, "expected " + description + " (a string), found " + kindOf(node));
                    return null;
                }
                E e = byCode.get(node.textValue());
                if (e == null) {
                    in.problem(pointer, Reason.UNKNOWN_VALUE, "unknown " + description + " '" + clip(node.textValue())
                            + "'; expected one of " + String.join(", ", byCode.keySet()));
                }
                return e;
            }

            @Override
            public JsonNode write(E value) {
                return NODES.textNode(code.apply(value));
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                ObjectNode s = NODES.objectNode().put("type", "string");
                ArrayNode values = s.putArray("enum");
                byCode.keySet().forEach(values::add);
                return s;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /**
     * The codec of a value written as a string in a canonical form, parsed by the model's own
     * parser (which reports a malformed string with an {@link InvalidValueException}).
     *
     * @param schema the string's schema: a {@code pattern} or {@code format}, beside {@code type}
     */
    static <T> Codec<T> parsed(String description, Function<String, T> parse, Function<T, String> format,
            ObjectNode schema) {
        return new ParsedCodec<>(description, parse, format, schema);
    }

    /** A schema of one JSON type, such as {@code number}. */
    private static ObjectNode type(String jsonType) {
        return NODES.objectNode().put("type", jsonType);
    }

    /** A string schema with a pattern. */
    static ObjectNode pattern(String regex) {
        return NODES.objectNode().put("type", "string").put("pattern", regex);
    }

    /** A string schema with a format, such as {@code date} or {@code uri}. */
    static ObjectNode format(String format) {
        return NODES.objectNode().put("type", "string").put("format", format);
    }

    /** @return the codec of a JSON array of values; absent or empty arrays are both the empty list */
    static <T> Codec<List<T>> listOf(Codec<T> element) {
        return new Codec<>() {
            @Override
            public @Nullable List<T> read(Binding in, String pointer, JsonNode node) {
                if (!node.isArray()) {
                    in.problem(pointer, Reason.WRONG_TYPE, "expected a list of " + element.describe()
                            + " (a JSON array), found " + kindOf(node));
                    return null;
                }
                if (node.size() > in.limits().maxRecords()) {
                    in.problem(pointer, Reason.LIMIT_EXCEEDED, "the list has " + node.size() + " entries, more than the"
                            + " limit of " + in.limits().maxRecords() + " (ReadLimits.maxRecords)");
                    return null;
                }
                List<T> values = new ArrayList<>(node.size());
                int before = in.failures();
                for (int i = 0; i < node.size(); i++) {
                    JsonNode item = node.get(i);
                    String at = pointer + "/" + i;
                    if (item.isNull()) {
                        in.problem(at, Reason.MISSING_FIELD, "null in a list of " + element.describe());
                        continue;
                    }
                    values.add(element.read(in, at, item));
                }
                return in.failures() > before ? null : Collections.unmodifiableList(values);
            }

            @Override
            public JsonNode write(List<T> value) {
                ArrayNode array = NODES.arrayNode(value.size());
                for (T t : value) {
                    array.add(element.write(t));
                }
                return array;
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                ObjectNode s = NODES.objectNode().put("type", "array");
                s.set("items", element.schema(definitions));
                return s;
            }

            @Override
            public String describe() {
                return "a list of " + element.describe();
            }
        };
    }

    /**
     * @return the codec of a map written as a JSON object, with keys read by {@code key}; the map
     *     keeps the document's order
     */
    static <K, V> Codec<Map<K, V>> mapOf(Codec<K> key, Codec<V> value) {
        return new Codec<>() {
            @Override
            public @Nullable Map<K, V> read(Binding in, String pointer, JsonNode node) {
                if (!node.isObject()) {
                    in.problem(pointer, Reason.WRONG_TYPE, "expected " + describe() + " (a JSON object), found "
                            + kindOf(node));
                    return null;
                }
                Map<K, V> map = new LinkedHashMap<>();
                int before = in.failures();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String at = LocatedTree.child(pointer, e.getKey());
                    K k = key.read(in, at, NODES.textNode(e.getKey()));
                    V v = e.getValue().isNull() ? null : value.read(in, at, e.getValue());
                    if (e.getValue().isNull()) {
                        in.problem(at, Reason.MISSING_FIELD, "null where " + value.describe() + " belongs");
                    }
                    if (k != null && v != null) {
                        map.put(k, v);
                    }
                }
                return in.failures() > before ? null : map;
            }

            @Override
            public JsonNode write(Map<K, V> map) {
                ObjectNode node = NODES.objectNode();
                map.forEach((k, v) -> node.set(key.write(k).asText(), value.write(v)));
                return node;
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                ObjectNode s = NODES.objectNode().put("type", "object");
                s.set("propertyNames", key.schema(definitions));
                s.set("additionalProperties", value.schema(definitions));
                return s;
            }

            @Override
            public String describe() {
                return "a map from " + key.describe() + " to " + value.describe();
            }
        };
    }

    /**
     * @return the codec of a sealed type written as objects that say which kind they are in a
     *     {@code kind} field; only the listed kinds are read, never a type name from the input
     */
    static <T> Codec<T> union(String name, String description, Function<T, String> kindOf,
            Map<String, Codec<? extends T>> kinds) {
        return new Codec<>() {
            @Override
            public @Nullable T read(Binding in, String pointer, JsonNode node) {
                if (!node.isObject()) {
                    in.problem(pointer, Reason.WRONG_TYPE, "expected " + description + " (a JSON object), found "
                            + kindOf(node));
                    return null;
                }
                JsonNode kind = node.get("kind");
                if (kind == null || kind.isNull()) {
                    in.problem(LocatedTree.child(pointer, "kind"), Reason.MISSING_FIELD, "missing required field 'kind' in "
                            + description + ": one of " + String.join(", ", kinds.keySet()));
                    return null;
                }
                if (!kind.isTextual()) {
                    in.problem(LocatedTree.child(pointer, "kind"), Reason.WRONG_TYPE, "expected 'kind' as a string, found "
                            + kindOf(kind));
                    return null;
                }
                Codec<? extends T> codec = kinds.get(kind.textValue());
                if (codec == null) {
                    in.problem(LocatedTree.child(pointer, "kind"), Reason.UNKNOWN_VALUE, "unknown kind of "
                            + description + " '" + clip(kind.textValue()) + "'; expected one of "
                            + String.join(", ", kinds.keySet()));
                    return null;
                }
                return codec.read(in, pointer, node);
            }

            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public JsonNode write(T value) {
                return ((Codec) kinds.get(kindOf.apply(value))).write(value);
            }

            @Override
            public ObjectNode schema(SchemaDefinitions definitions) {
                return definitions.reference(name, () -> {
                    ObjectNode s = NODES.objectNode().put("title", description);
                    ArrayNode oneOf = s.putArray("oneOf");
                    kinds.values().forEach(c -> oneOf.add(c.schema(definitions)));
                    return s;
                });
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** @return how a person would name the JSON value's type */
    static String kindOf(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "a list";
            case STRING:
                return "the string \"" + clip(node.textValue()) + "\"";
            case NUMBER:
                return "the number " + clip(node.asText());
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case NULL:
                return "null";
            default:
                return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Shortens untrusted text quoted in a message. */
    static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static final class StringCodec implements Codec<String> {
        private final String description;
        private final boolean nonBlank;

        StringCodec(String description, boolean nonBlank) {
            this.description = description;
            this.nonBlank = nonBlank;
        }

        @Override
        public @Nullable String read(Binding in, String pointer, JsonNode node) {
            if (!node.isTextual()) {
                in.problem(pointer, Reason.WRONG_TYPE, "expected " + description + ", found " + kindOf(node));
                return null;
            }
            if (nonBlank && node.textValue().isBlank()) {
                in.problem(pointer, Reason.MISSING_FIELD, "expected " + description + ", found an empty string");
                return null;
            }
            return node.textValue();
        }

        @Override
        public JsonNode write(String value) {
            return NODES.textNode(value);
        }

        @Override
        public ObjectNode schema(SchemaDefinitions definitions) {
            ObjectNode s = NODES.objectNode().put("type", "string");
            if (nonBlank) {
                s.put("pattern", "\\S");
            }
            return s;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    private static final class ParsedCodec<T> implements Codec<T> {
        private final String description;
        private final Function<String, T> parse;
        private final Function<T, String> format;
        private final ObjectNode schema;

        ParsedCodec(String description, Function<String, T> parse, Function<T, String> format, ObjectNode schema) {
            this.description = description;
            this.parse = parse;
            this.format = format;
            this.schema = schema;
        }

        @Override
        public @Nullable T read(Binding in, String pointer, JsonNode node) {
            if (!node.isTextual()) {
                in.problem(pointer, Reason.WRONG_TYPE, "expected " + description + " (a string), found " + kindOf(node));
                return null;
            }
            try {
                return parse.apply(node.textValue());
            } catch (InvalidValueException e) {
                in.problem(pointer, Reason.INVALID_VALUE, e.getMessage(), e);
            } catch (RuntimeException e) {
                // java.time and java.net parse errors: say what was expected, not the parser's internals
                in.problem(pointer, Reason.INVALID_VALUE, "'" + clip(node.textValue()) + "' is not " + description, e);
            }
            return null;
        }

        @Override
        public JsonNode write(T value) {
            return NODES.textNode(format.apply(value));
        }

        @Override
        public ObjectNode schema(SchemaDefinitions definitions) {
            return schema.deepCopy();
        }

        @Override
        public String describe() {
            return description;
        }
    }
}

package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.InvalidValueException;
import io.github.opennqf.io.ReadProblem.Reason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a model record written as a JSON object: its fields, each with a codec and an
 * accessor, and the constructor that builds the record from them. Declared once per type:
 *
 * <pre>{@code
 * ObjectShape<Requirement> s = new ObjectShape<>("requirement", "a requirement");
 * Field<Requirement, String> id = s.required("id", ValueCodecs.ID, Requirement::id);
 * ...
 * Codec<Requirement> codec = s.build(v -> new Requirement(v.get(id), ...));
 * }</pre>
 *
 * <p>Reading reports every missing, unknown and ill-typed field of the object (not only the
 * first), then calls the constructor only when the fields were all well formed; an
 * {@link InvalidValueException} from the constructor is reported at the field it names. Optional
 * fields equal to their default are left out when writing, so that reading restores them. The
 * field names are the record's component names, so that Bean Validation property paths translate
 * to JSON pointers one to one.
 *
 * @param <T> the record type
 */
final class ObjectShape<T> {
    private final String name;
    private final String description;
    private final List<Field<T, ?>> fields = new ArrayList<>();
    private @Nullable String kindValue;

    /**
     * @param name the schema definition name, such as {@code requirement}
     * @param description what the value is, for messages and the schema's title
     */
    ObjectShape(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /**
     * Marks this object as one kind of a union: it carries {@code "kind": value}, written first and
     * required on read.
     */
    ObjectShape<T> kind(String value) {
        this.kindValue = value;
        return this;
    }

    <V> Field<T, V> required(String field, Codec<V> codec, Function<T, V> accessor) {
        return add(new Field<>(fields.size(), field, codec, accessor, true, null));
    }

    /** An optional field that is {@code null} when absent. */
    <V> Field<T, @Nullable V> optional(String field, Codec<V> codec, Function<T, @Nullable V> accessor) {
        return add(new Field<>(fields.size(), field, codec, accessor, false, null));
    }

    /** An optional field with a default, left out when writing a value equal to it. */
    <V> Field<T, V> optional(String field, Codec<V> codec, Function<T, V> accessor, V defaultValue) {
        return add(new Field<>(fields.size(), field, codec, accessor, false, Objects.requireNonNull(defaultValue)));
    }

    private <V> Field<T, V> add(Field<T, V> field) {
        fields.add(field);
        return field;
    }

    /** @return the codec, which builds records with {@code constructor} */
    Codec<T> build(Function<Values, T> constructor) {
        return new Bound<>(this, List.copyOf(fields), constructor);
    }

    /** A field of an object shape. */
    record Field<T, V>(int index, String name, Codec<V> codec, Function<T, V> accessor, boolean required,
            @Nullable V defaultValue) {}

    /** The field values read from one object, by field. */
    static final class Values {
        private final @Nullable Object[] values;

        private Values(@Nullable Object[] values) {
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        <V> V get(Field<?, V> field) {
            return (V) values[field.index()];
        }
    }

    private static final class Bound<T> implements Codec<T> {
        private final ObjectShape<T> shape;
        private final List<Field<T, ?>> fields;
        private final Map<String, Field<T, ?>> byName = new LinkedHashMap<>();
        private final Function<Values, T> constructor;

        Bound(ObjectShape<T> shape, List<Field<T, ?>> fields, Function<Values, T> constructor) {
            this.shape = shape;
            this.fields = fields;
            this.constructor = constructor;
            fields.forEach(f -> byName.put(f.name(), f));
        }

        @Override
        public @Nullable T read(Binding in, String pointer, JsonNode node) {
            if (!node.isObject()) {
                in.problem(pointer, Reason.WRONG_TYPE, "expected " + describe() + " (a JSON object), found "
                        + ValueCodecs.kindOf(node));
                return null;
            }
            int before = in.failures();
            String kind = shape.kindValue;
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String field = names.next();
                if (!byName.containsKey(field) && !(kind != null && field.equals("kind"))) {
                    in.problem(LocatedTree.child(pointer, field), Reason.UNKNOWN_FIELD, "unknown field '"
                            + ValueCodecs.clip(field) + "' in " + shape.description + suggestion(field));
                }
            }
            @Nullable Object[] values = new Object[fields.size()];
            for (Field<T, ?> f : fields) {
                JsonNode child = node.get(f.name());
                String childPointer = LocatedTree.child(pointer, f.name());
                if (child == null || child.isNull()) {
                    if (f.required()) {
                        in.problem(childPointer, Reason.MISSING_FIELD, "missing required field '" + f.name() + "' ("
                                + f.codec().describe() + ") in " + shape.description);
                    }
                    values[f.index()] = f.defaultValue();
                    continue;
                }
                values[f.index()] = f.codec().read(in, childPointer, child);
            }
            if (in.failures() > before) {
                return null;
            }
            try {
                return constructor.apply(new Values(values));
            } catch (InvalidValueException e) {
                String at = byName.containsKey(e.field()) ? LocatedTree.child(pointer, e.field()) : pointer;
                in.problem(at, Reason.INVALID_VALUE, e.getMessage(), e);
            } catch (IllegalArgumentException | NullPointerException e) {
                in.problem(pointer, Reason.INVALID_VALUE, "invalid " + shape.description + ": " + e.getMessage(), e);
            }
            return null;
        }

        private String suggestion(String unknown) {
            String best = null;
            int bestDistance = 3;
            for (String known : byName.keySet()) {
                if (Math.abs(unknown.length() - known.length()) >= bestDistance) {
                    continue; // the distance is at least the difference in length: no need to compute it
                }
                int d = editDistance(unknown.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = known;
                }
            }
            if (best != null) {
                return "; did you mean '" + best + "'?";
            }
            return "; known fields: " + String.join(", ", byName.keySet());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonNode write(T value) {
            ObjectNode node = SchemaDefinitions.NODES.objectNode();
            if (shape.kindValue != null) {
                node.put("kind", shape.kindValue);
            }
            for (Field<T, ?> f : fields) {
                Object v = ((Function) f.accessor()).apply(value);
                if (v == null || !f.required() && v.equals(f.defaultValue())) {
                    continue;
                }
                node.set(f.name(), ((Codec) f.codec()).write(v));
            }
            return node;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public ObjectNode schema(SchemaDefinitions definitions) {
            return definitions.reference(shape.name, () -> {
                ObjectNode s = SchemaDefinitions.NODES.objectNode();
                s.put("title", shape.description);
                s.put("type", "object");
                ObjectNode properties = s.putObject("properties");
                ArrayNode required = SchemaDefinitions.NODES.arrayNode();
                if (shape.kindValue != null) {
                    properties.putObject("kind").put("const", shape.kindValue);
                    required.add("kind");
                }
                for (Field<T, ?> f : fields) {
                    ObjectNode property = f.codec().schema(definitions).deepCopy();
                    if (f.defaultValue() != null) {
                        property.set("default", ((Codec) f.codec()).write(f.defaultValue()));
                    }
                    properties.set(f.name(), property);
                    if (f.required()) {
                        required.add(f.name());
                    }
                }
                if (!required.isEmpty()) {
                    s.set("required", required);
                }
                s.put("additionalProperties", false);
                return s;
            });
        }

        @Override
        public String describe() {
            return shape.description;
        }
    }

    /** Levenshtein distance, for "did you mean" suggestions on short field names. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}

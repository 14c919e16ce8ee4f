package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@code $defs} of one JSON Schema being generated: object codecs register their schema once,
 * by name, and are referred to by {@code $ref} everywhere else. Not thread-safe: one per schema.
 */
final class SchemaDefinitions {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final TreeMap<String, ObjectNode> definitions = new TreeMap<>();

    /** @return a {@code $ref} to the definition, generating it on first use */
    ObjectNode reference(String name, Supplier<ObjectNode> definition) {
        if (!definitions.containsKey(name)) {
            definitions.put(name, NODES.objectNode()); // placeholder: recursive types terminate
            definitions.put(name, definition.get());
        }
        return NODES.objectNode().put("$ref", "#/$defs/" + name);
    }

    /** @return every definition, sorted by name */
    ObjectNode toNode() {
        ObjectNode node = NODES.objectNode();
        definitions.forEach(node::set);
        return node;
    }
}

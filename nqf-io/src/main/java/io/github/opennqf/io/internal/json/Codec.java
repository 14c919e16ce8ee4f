package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Binds one kind of value between the JSON tree and the model, in both directions, and describes
 * it as JSON Schema, so that the reader, the writer and the published schema come from one
 * declaration. Codecs are immutable and shared.
 *
 * @param <T> the model type
 */
interface Codec<T> {

    /**
     * Reads a value. On any problem, records it (located at {@code pointer} or below) and
     * returns {@code null}; never throws for bad input.
     */
    @Nullable T read(Binding in, String pointer, JsonNode node);

    /** Writes a value of the model as a tree. */
    JsonNode write(T value);

    /**
     * The value's JSON Schema. Object codecs register their schema under {@code $defs} and
     * return a reference to it.
     */
    ObjectNode schema(SchemaDefinitions definitions);

    /** What the value is, for messages: {@code "a level such as \"6\" or \"6.2\""}. */
    String describe();
}

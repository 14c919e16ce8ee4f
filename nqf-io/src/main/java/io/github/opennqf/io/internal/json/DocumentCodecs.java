package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.ReadProblem.Reason;
import java.util.Iterator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of native documents ({@code formatVersion}, {@code type} and the value under the
 * type's name) and the codec of each document type's value.
 */
final class DocumentCodecs {
    static final String FORMAT_VERSION = "formatVersion";
    static final String TYPE = "type";
    static final String SCHEMA = "$schema";

    private DocumentCodecs() {}

    /** @return the codec of a document type's value; match codecs are loaded only when asked for */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> payload(DocumentType<T> type) {
        Codec<?> codec;
        switch (type.name()) {
            case "framework":
                codec = ModelCodecs.FRAMEWORK;
                break;
            case "levelMappings":
                codec = ValueCodecs.listOf(ModelCodecs.LEVEL_MAPPING);
                break;
            case "sectoralFramework":
                codec = ModelCodecs.SECTORAL_FRAMEWORK;
                break;
            case "standards":
                codec = ValueCodecs.listOf(ModelCodecs.STANDARD);
                break;
            case "programs":
                codec = ValueCodecs.listOf(ModelCodecs.PROGRAM);
                break;
            case "applicants":
                codec = ValueCodecs.listOf(ModelCodecs.APPLICANT);
                break;
            case "coverageReports":
                codec = ValueCodecs.listOf(MatchCodecs.COVERAGE_REPORT);
                break;
            case "rankings":
                codec = ValueCodecs.listOf(MatchCodecs.RANKING);
                break;
            case "programDesigns":
                codec = ValueCodecs.listOf(DesignCodecs.PROGRAM_DESIGN);
                break;
            case "qaReports":
                codec = ValueCodecs.listOf(DesignCodecs.QA_REPORT);
                break;
            case "effortEstimates":
                codec = ValueCodecs.listOf(DesignCodecs.EFFORT_ESTIMATE);
                break;
            case "applicantRankings":
                codec = ValueCodecs.listOf(ApplicantCodecs.APPLICANT_RANKING);
                break;
            case "recognitionPolicy":
                codec = ApplicantCodecs.RECOGNITION_POLICY;
                break;
            default:
                throw new IllegalArgumentException("no codec for document type " + type);
        }
        return (Codec<T>) codec;
    }

    /** Writes a whole document. */
    static <T> ObjectNode write(DocumentType<T> type, T value) {
        ObjectNode node = SchemaDefinitions.NODES.objectNode();
        node.put(FORMAT_VERSION, NativeFormat.FORMAT_VERSION);
        node.put(TYPE, type.name());
        node.set(type.name(), payload(type).write(value));
        return node;
    }

    /**
     * Reads a whole document's envelope and value.
     *
     * @param expected the type the caller asked for, or {@code null} for any
     * @return the document, or {@code null} after recording problems
     */
    static @Nullable Document<?> read(Binding in, JsonNode root, @Nullable DocumentType<?> expected) {
        if (!root.isObject()) {
            in.problem("", Reason.WRONG_TYPE, "expected a document (a JSON object with formatVersion, type and the"
                    + " value), found " + ValueCodecs.kindOf(root));
            return null;
        }
        boolean ok = checkVersion(in, root.get(FORMAT_VERSION));
        DocumentType<?> type = type(in, root.get(TYPE), expected);
        if (type == null) {
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals(FORMAT_VERSION) && !field.equals(TYPE) && !field.equals(SCHEMA) && !field.equals(type.name())) {
                in.problem("/" + escape(field), Reason.UNKNOWN_FIELD, "unknown field '" + ValueCodecs.clip(field) + "' in a " + type
                        + " document; expected formatVersion, type, $schema and " + type.name());
                ok = false;
            }
        }
        JsonNode schema = root.get(SCHEMA);
        if (schema != null && !schema.isTextual()) {
            in.problem("/" + SCHEMA, Reason.WRONG_TYPE, "expected $schema as a string, found " + ValueCodecs.kindOf(schema));
            ok = false;
        }
        JsonNode payload = root.get(type.name());
        if (payload == null || payload.isNull()) {
            in.problem("/" + type.name(), Reason.MISSING_FIELD, "missing required field '" + type.name() + "': a "
                    + type + " document holds its value there");
            return null;
        }
        return typed(in, type, payload, ok);
    }

    private static <T> @Nullable Document<T> typed(Binding in, DocumentType<T> type, JsonNode payload, boolean ok) {
        T value = payload(type).read(in, "/" + type.name(), payload);
        return ok && value != null ? new Document<>(type, value) : null;
    }

    private static boolean checkVersion(Binding in, @Nullable JsonNode version) {
        if (version == null || version.isNull()) {
            in.problem("/" + FORMAT_VERSION, Reason.MISSING_FIELD, "missing required field 'formatVersion': write \""
                    + NativeFormat.FORMAT_VERSION + "\"");
            return false;
        }
        if (!version.isTextual()) {
            in.problem("/" + FORMAT_VERSION, Reason.WRONG_TYPE, "expected formatVersion as a string such as \""
                    + NativeFormat.FORMAT_VERSION + "\", found " + ValueCodecs.kindOf(version));
            return false;
        }
        if (!version.textValue().equals(NativeFormat.FORMAT_VERSION)) {
            in.problem("/" + FORMAT_VERSION, Reason.UNKNOWN_VALUE, "format version '" + ValueCodecs.clip(version.textValue())
                    + "' is not supported; this reader reads version " + NativeFormat.FORMAT_VERSION);
            return false;
        }
        return true;
    }

    private static @Nullable DocumentType<?> type(Binding in, @Nullable JsonNode type, @Nullable DocumentType<?> expected) {
        String known = DocumentType.all().stream().map(DocumentType::name).collect(Collectors.joining(", "));
        if (type == null || type.isNull()) {
            in.problem("/" + TYPE, Reason.MISSING_FIELD, "missing required field 'type': one of " + known);
            return null;
        }
        if (!type.isTextual()) {
            in.problem("/" + TYPE, Reason.WRONG_TYPE, "expected type as a string, found " + ValueCodecs.kindOf(type));
            return null;
        }
        DocumentType<?> declared = DocumentType.named(type.textValue()).orElse(null);
        if (declared == null) {
            in.problem("/" + TYPE, Reason.UNKNOWN_VALUE, "unknown document type '" + ValueCodecs.clip(type.textValue())
                    + "'; expected one of " + known);
            return null;
        }
        if (expected != null && declared != expected) {
            in.problem("/" + TYPE, Reason.WRONG_TYPE, "expected a " + expected + " document, found a " + declared
                    + " document");
            return null;
        }
        return declared;
    }

    /** @return the JSON Schema of a document type, as written to the jar */
    static ObjectNode schema(DocumentType<?> type) {
        SchemaDefinitions definitions = new SchemaDefinitions();
        ObjectNode payload = payload(type).schema(definitions);
        ObjectNode s = SchemaDefinitions.NODES.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "https://opennqf.github.io/schema/" + NativeFormat.FORMAT_VERSION + "/" + type.name() + ".schema.json");
        s.put("title", "OpenNQF " + type.name() + " document, format version " + NativeFormat.FORMAT_VERSION);
        s.put("type", "object");
        ObjectNode properties = s.putObject("properties");
        properties.putObject(SCHEMA).put("type", "string");
        properties.putObject(FORMAT_VERSION).put("const", NativeFormat.FORMAT_VERSION);
        properties.putObject(TYPE).put("const", type.name());
        properties.set(type.name(), payload);
        ArrayNode required = s.putArray("required");
        required.add(FORMAT_VERSION).add(TYPE).add(type.name());
        s.put("additionalProperties", false);
        s.set("$defs", definitions.toNode());
        return s;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

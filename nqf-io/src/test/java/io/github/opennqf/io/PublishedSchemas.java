package io.github.opennqf.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas published in the jar, loaded from the class path exactly as a user would load
 * them ({@link DocumentType#schemaResource()}), and an independent validator (networknt, draft
 * 2020-12, with {@code format} asserted) to check documents against them. Thread-safe.
 */
final class PublishedSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<DocumentType<?>, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private PublishedSchemas() {}

    /** @return the published schema of a document type, loaded once */
    static JsonSchema of(DocumentType<?> type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in = DocumentType.class.getResourceAsStream(t.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("no schema resource " + t.schemaResource());
                }
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Parses a written document as an independent reader would: JSON with Jackson, YAML with
     * Jackson YAML into the same tree model.
     *
     * @param syntax {@code json} or {@code yaml}, as {@link NativeFormat#name()}
     */
    static JsonNode tree(String syntax, String text) {
        try {
            return (syntax.equals("yaml") ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the written " + syntax + " does not parse: " + e.getMessage(), e);
        }
    }

    /** @return every schema violation of the document, each as "location: message", sorted */
    static List<String> violations(DocumentType<?> type, JsonNode document) {
        return of(type).validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** @return the violations of one applicant, checked as the only entry of an applicants document */
    static List<String> applicantViolations(JsonNode applicant) {
        var document = JSON.createObjectNode()
                .put("formatVersion", NativeFormat.FORMAT_VERSION)
                .put("type", DocumentType.APPLICANTS.name());
        document.putArray(DocumentType.APPLICANTS.name()).add(applicant);
        return violations(DocumentType.APPLICANTS, document);
    }
}

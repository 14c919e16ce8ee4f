package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.io.internal.json.NativeDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas published in the jar are generated from the same declarations as the readers
 * and writers; this test keeps the committed files equal to what the declarations generate. After
 * changing a codec, regenerate with
 * {@code ./mvnw -pl nqf-io -am test -Dtest=SchemaFilesTest -Dopennqf.writeSchemas=true}.
 */
class SchemaFilesTest {

    static Iterable<DocumentType<?>> types() {
        return DocumentType.all();
    }

    @ParameterizedTest
    @MethodSource("types")
    void publishedSchemaIsTheGeneratedOne(DocumentType<?> type) throws IOException {
        String generated = NativeDocuments.schema(type);
        if (Boolean.getBoolean("opennqf.writeSchemas")) {
            Path file = Path.of("src/main/resources" + type.schemaResource());
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        try (InputStream in = DocumentType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource %s (regenerate with -Dopennqf.writeSchemas=true)", type.schemaResource())
                    .isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("committed schema of %s is stale: regenerate with -Dopennqf.writeSchemas=true", type)
                    .isEqualTo(generated);
        }
    }
}

package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** The fuzz target shared by the JSON and YAML document readers. */
final class NativeDocumentFuzzing {
    private NativeDocumentFuzzing() {}

    /**
     * Reads the bytes as a document of any type; bytes that are not UTF-8 go through the stream
     * reader, which must refuse them.
     */
    static void check(NativeFormat format, byte[] bytes) {
        NativeFormat limited = format.withLimits(FuzzChecks.LIMITS);
        String text = FuzzChecks.strictUtf8(bytes);
        if (text == null) {
            String shown = new String(bytes, StandardCharsets.UTF_8);
            Object value = FuzzChecks.read(shown, () -> limited.read(new ByteArrayInputStream(bytes), FuzzChecks.SOURCE,
                    DocumentType.PROGRAMS));
            assertThat(value).as("bytes that are not UTF-8 read as a document").isNull();
            return;
        }
        Document<?> document = FuzzChecks.read(text, () -> limited.read(new StringReader(text), FuzzChecks.SOURCE));
        if (document != null) {
            FuzzChecks.roundTrip(format, document);
        }
    }
}

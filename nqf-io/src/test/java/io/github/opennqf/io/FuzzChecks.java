package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The property every fuzz target checks: a reader either returns a value or throws a
 * {@link ReadException} whose every problem is located in the input and worded for a person, never
 * any other exception; and what it returns reads back equal once written. Any other exception
 * escapes to the fuzzer as a finding.
 */
final class FuzzChecks {
    /** The name the fuzz targets give their input. */
    static final String SOURCE = "fuzz";

    /** Small limits, so that every input is read quickly and the limits themselves are exercised. */
    static final ReadLimits LIMITS = new ReadLimits(8_192, 12, 256, 64, 16);

    /** Words that only a parser's own messages contain (unless the input does). */
    private static final List<String> PARSER_WORDS = List.of("com.fasterxml", "org.yaml", "java.", "javax.",
            "[Source", "REDACTED", "StreamReadConstraints", "JsonReadFeature", "Exception", "\tat ",
            "unexpected internal error");

    private FuzzChecks() {}

    /**
     * Reads, and checks the outcome.
     *
     * @param input the input as text, to tell the input's own words from the parser's
     * @return the value read, or {@code null} when the read failed as it should
     */
    static <T> @Nullable T read(String input, Supplier<T> read) {
        try {
            T value = read.get();
            assertThat(value).isNotNull();
            return value;
        } catch (ReadException e) {
            checkProblems(input, e);
            return null;
        }
    }

    /** Checks that every problem is located in the input and worded without the parser's internals. */
    static void checkProblems(String input, ReadException e) {
        assertThat(e.problems()).isNotEmpty();
        // a message may quote a YAML scalar, in which the reader folded line breaks into spaces
        String folded = input.replaceAll("\\s+", " ");
        for (ReadProblem p : e.problems()) {
            assertThat(p.location()).isNotNull();
            assertThat(p.location().source()).isEqualTo(SOURCE);
            assertThat(p.message()).isNotBlank();
            // a quoted scalar cut short ends in '..."': the dots are the reader's, not the input's
            // (a quoted "java" cut there reads "java..." without the input holding "java.")
            String message = p.message().replace("...\"", "\"");
            for (String word : PARSER_WORDS) {
                if (!input.contains(word) && !folded.contains(word.replaceAll("\\s+", " "))) {
                    assertThat(message).as("message of %s", p).doesNotContain(word);
                }
            }
        }
        assertThat(e.problems().size()).isLessThanOrEqualTo(LIMITS.maxProblems());
    }

    /** @return the bytes as UTF-8, or {@code null} when they are not UTF-8 */
    static @Nullable String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Writes a native document and reads it back (with default limits: writing may make it longer). */
    static <T> void roundTrip(NativeFormat format, Document<T> document) {
        String written = format.writeString(document.type(), document.value());
        T back = format.withLimits(ReadLimits.DEFAULTS).readString(written, document.type());
        assertThat(back).as("read back from:%n%s", written).isEqualTo(document.value());
    }
}

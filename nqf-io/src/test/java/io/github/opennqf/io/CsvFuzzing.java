package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fuzz targets of the CSV readers: the reader's property, and write-then-read equality. */
final class CsvFuzzing {
    /** The default options with the fuzzing limits. */
    static final TabularOptions OPTIONS = TabularOptions.DEFAULTS.withLimits(FuzzChecks.LIMITS);

    private CsvFuzzing() {}

    interface Reading<T> {
        List<T> read(StringReader in, String source, TabularOptions options);
    }

    interface Writing<T> {
        void write(List<T> values, StringWriter out, TabularOptions options);
    }

    static <T> void check(byte[] input, Reading<T> reader, Writing<T> writer) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<T> values = FuzzChecks.read(text, () -> reader.read(new StringReader(text), FuzzChecks.SOURCE, OPTIONS));
        if (values == null) {
            return;
        }
        assertThat(values).doesNotContainNull();
        StringWriter written = new StringWriter();
        writer.write(values, written, OPTIONS);
        TabularOptions roomy = OPTIONS.withLimits(ReadLimits.DEFAULTS);
        assertThat(reader.read(new StringReader(written.toString()), FuzzChecks.SOURCE, roomy))
                .as("read back from:%n%s", written).isEqualTo(values);
    }
}

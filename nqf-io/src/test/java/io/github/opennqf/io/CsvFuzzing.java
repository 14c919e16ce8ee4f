package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fuzz targets of the CSV readers: the reader's property, and write-then-read equality. */
final class CsvFuzzing {
    /** The default format with the fuzzing limits. */
    static final TabularFormat CSV = TabularFormat.csv().withLimits(FuzzChecks.LIMITS);

    private CsvFuzzing() {}

    interface Reading<T> {
        List<T> read(TabularFormat csv, StringReader in, String source);
    }

    interface Writing<T> {
        void write(TabularFormat csv, List<T> values, StringWriter out);
    }

    static <T> void check(byte[] input, Reading<T> reader, Writing<T> writer) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<T> values = FuzzChecks.read(text, () -> reader.read(CSV, new StringReader(text), FuzzChecks.SOURCE));
        if (values == null) {
            return;
        }
        assertThat(values).doesNotContainNull();
        StringWriter written = new StringWriter();
        writer.write(CSV, values, written);
        TabularFormat roomy = CSV.withLimits(ReadLimits.DEFAULTS);
        assertThat(reader.read(roomy, new StringReader(written.toString()), FuzzChecks.SOURCE))
                .as("read back from:%n%s", written).isEqualTo(values);
    }
}

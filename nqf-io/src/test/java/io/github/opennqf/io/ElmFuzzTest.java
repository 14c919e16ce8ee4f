package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.program.EducationalProgram;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Fuzzes the ELM v3 JSON-LD reader (see {@code docs/fuzzing.md}): programs with warnings or a
 * located {@link ReadException}, never another exception; programs read write and read back equal
 * after one pass. In a plain build it runs its seed corpus, {@code ElmFuzzTestInputs/}.
 */
class ElmFuzzTest {
    @FuzzTest
    void readsElmQualifications(byte[] input) {
        ElmFormat format = ElmFormat.jsonLd().withLimits(FuzzChecks.LIMITS);
        String shown = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        ElmFormat.Read read = FuzzChecks.read(shown, () -> format.read(new ByteArrayInputStream(input), FuzzChecks.SOURCE));
        if (read == null || read.programs().isEmpty()) {
            return;
        }
        List<EducationalProgram> once = roundTrip(read.programs());
        assertThat(roundTrip(once)).isEqualTo(once);
    }

    private static List<EducationalProgram> roundTrip(List<EducationalProgram> programs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ElmFormat.jsonLd().write(programs, out);
        return ElmFormat.jsonLd().read(new ByteArrayInputStream(out.toByteArray()), "once").programs();
    }
}

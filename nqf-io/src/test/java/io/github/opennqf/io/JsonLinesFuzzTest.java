package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.opennqf.evidence.ApplicantProfile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the JSON-lines applicant reader (see {@code docs/fuzzing.md}): besides the property every
 * reader keeps, the applicants it delivers (also before a bad line) read back equal once written.
 */
class JsonLinesFuzzTest {
    private static final JsonLines LINES = JsonLines.applicants().withLimits(FuzzChecks.LIMITS);

    @FuzzTest
    void readsApplicantLines(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<ApplicantProfile> delivered = new ArrayList<>();
        Long count = FuzzChecks.read(text, () -> LINES.read(new StringReader(text), FuzzChecks.SOURCE,
                delivered::add));
        if (count != null) {
            assertThat(count).isEqualTo(delivered.size());
        }
        StringWriter written = new StringWriter();
        JsonLines.applicants().write(delivered, written);
        List<ApplicantProfile> back = new ArrayList<>();
        JsonLines.applicants().read(new StringReader(written.toString()), FuzzChecks.SOURCE, back::add);
        assertThat(back).isEqualTo(delivered);
    }
}

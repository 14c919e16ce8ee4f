package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.evidence.Evidence;
import io.github.opennqf.evidence.VerificationStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the JSON Resume reader (see {@code docs/fuzzing.md}): besides the property every reader
 * keeps, a résumé read is all self-declared evidence and reads back equal as a native applicant.
 */
class JsonResumeFuzzTest {
    private static final ResumeFormat FORMAT = ResumeFormat.jsonResume().withLimits(FuzzChecks.LIMITS)
            .withDeclarationDate(LocalDate.of(2026, 12, 1));

    @FuzzTest
    void readsResumes(byte[] input) {
        String text = FuzzChecks.strictUtf8(input);
        ApplicantProfile applicant = FuzzChecks.read(text == null ? "" : text,
                () -> FORMAT.read(new ByteArrayInputStream(input), FuzzChecks.SOURCE));
        if (applicant != null) {
            // every item is self-declared (a résumé may hold none)
            assertThat(applicant.evidence()).extracting(Evidence::verification)
                    .allMatch(v -> v == VerificationStatus.SELF_DECLARED);
            StringWriter written = new StringWriter();
            JsonLines.applicants().write(List.of(applicant), written);
            List<ApplicantProfile> back = new ArrayList<>();
            JsonLines.applicants().read(new StringReader(written.toString()), FuzzChecks.SOURCE, back::add);
            assertThat(back).containsExactly(applicant);
        }
    }
}

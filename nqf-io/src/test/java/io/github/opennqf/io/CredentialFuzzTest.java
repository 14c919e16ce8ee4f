package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;

/**
 * Fuzzes the Open Badges / CLR reader with its VC-JWT verification (see {@code docs/fuzzing.md}):
 * besides the property every reader keeps, every achievement read carries the verification status
 * of its check, and none verifies (the trust list is empty).
 */
class CredentialFuzzTest {
    private static final CredentialFormat FORMAT = CredentialFormat.openBadges().withLimits(FuzzChecks.LIMITS)
            .withVerificationTime(Instant.parse("2026-12-01T00:00:00Z"));

    @FuzzTest
    void readsCredentials(byte[] input) {
        String text = FuzzChecks.strictUtf8(input);
        CredentialReading reading = FuzzChecks.read(text == null ? "" : text,
                () -> FORMAT.read(new ByteArrayInputStream(input), FuzzChecks.SOURCE));
        if (reading != null) {
            assertThat(text).as("bytes that are not UTF-8 are refused").isNotNull();
            assertThat(reading.items()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.certificate().verification()).isEqualTo(item.check().status());
                assertThat(item.check().isVerified()).isFalse();
                assertThat(item.location().source()).isEqualTo(FuzzChecks.SOURCE);
            });
        }
    }
}

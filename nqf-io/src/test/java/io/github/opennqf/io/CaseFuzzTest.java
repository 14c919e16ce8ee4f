package io.github.opennqf.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.opennqf.io.cfpackage.CaseFormat;
import io.github.opennqf.io.cfpackage.CasePackage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Fuzzes the CASE 1.0 reader (see {@code docs/fuzzing.md}): a package with warnings or a located
 * {@link ReadException}, never another exception; a package read writes and reads back to the same
 * bytes after one pass. In a plain build it runs its seed corpus, {@code CaseFuzzTestInputs/}.
 */
class CaseFuzzTest {
    @FuzzTest
    void readsCasePackages(byte[] input) {
        CaseFormat format = CaseFormat.json().withLimits(FuzzChecks.LIMITS);
        String shown = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        CaseFormat.Read read = FuzzChecks.read(shown, () -> format.readWithWarnings(new ByteArrayInputStream(input),
                FuzzChecks.SOURCE));
        if (read == null) {
            return;
        }
        byte[] once = write(read.value());
        CasePackage again = CaseFormat.json().readWithWarnings(new ByteArrayInputStream(once), "once").value();
        assertThat(write(again)).isEqualTo(once);
        assertThat(again.toStandard()).isEqualTo(read.value().toStandard());
    }

    private static byte[] write(CasePackage pkg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseFormat.json().write(pkg, out);
        return out.toByteArray();
    }
}

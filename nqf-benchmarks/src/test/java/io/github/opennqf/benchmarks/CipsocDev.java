package io.github.opennqf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared cipsoc-dev data for the benchmarks' tests, which skip visibly without it. */
final class CipsocDev {
    private CipsocDev() {}

    /** A benchmark's set-up, which reads {@link BenchmarkData#PROPERTY}. */
    interface SetUp {
        void run() throws Exception;
    }

    /** @return the cipsoc-dev directory; the calling test is skipped, with the reason, when it is absent */
    static Path dir() {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).resolve("cipsoc-dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("gold.csv")) && Files.isRegularFile(dir.resolve("standards.csv")),
                "shared data not found at " + dir.toAbsolutePath().normalize());
        return dir;
    }

    /** Runs a benchmark's set-up with {@link BenchmarkData#PROPERTY} naming {@link #dir()}, then restores it. */
    static void setUp(SetUp setUp) throws Exception {
        Path dir = dir();
        String previous = System.getProperty(BenchmarkData.PROPERTY);
        System.setProperty(BenchmarkData.PROPERTY, dir.toString());
        try {
            setUp.run();
        } finally {
            if (previous == null) {
                System.clearProperty(BenchmarkData.PROPERTY);
            } else {
                System.setProperty(BenchmarkData.PROPERTY, previous);
            }
        }
    }
}

package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.matching.Matcher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Both sides of {@link CompileBenchmark} build over the same 867 standards. */
class CompileBenchmarkTest {

    @Test
    void bothSidesIndexEveryStandard() throws Exception {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).resolve("cipsoc-dev");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("standards.csv")),
                "shared data not found at " + dir.toAbsolutePath().normalize());
        String previous = System.getProperty(BenchmarkData.PROPERTY);
        System.setProperty(BenchmarkData.PROPERTY, dir.toString());
        CompileBenchmark benchmark = new CompileBenchmark();
        try {
            benchmark.setUp();
        } finally {
            if (previous == null) {
                System.clearProperty(BenchmarkData.PROPERTY);
            } else {
                System.setProperty(BenchmarkData.PROPERTY, previous);
            }
        }
        Matcher matcher = benchmark.opennqf();
        assertThat(matcher.standards()).hasSize(867);
        assertThat(matcher.standards().get(0).code()).isEqualTo("11-1011");
        assertThat(benchmark.luceneIndex()).isEqualTo(867);
    }
}

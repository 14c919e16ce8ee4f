package io.github.opennqf.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.opennqf.matching.Matcher;
import org.junit.jupiter.api.Test;

/** Both sides of {@link CompileBenchmark} build over the same 867 standards. */
class CompileBenchmarkTest {

    @Test
    void bothSidesIndexEveryStandard() throws Exception {
        CompileBenchmark benchmark = new CompileBenchmark();
        CipsocDev.setUp(benchmark::setUp);
        Matcher matcher = benchmark.opennqf();
        assertThat(matcher.standards()).hasSize(867);
        assertThat(matcher.standards().get(0).code()).isEqualTo("11-1011");
        assertThat(benchmark.luceneIndex()).isEqualTo(867);
    }
}

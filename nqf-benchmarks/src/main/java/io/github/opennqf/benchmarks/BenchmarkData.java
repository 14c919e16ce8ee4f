package io.github.opennqf.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the speed benchmarks find the shared real data: the system property {@value #PROPERTY},
 * else {@value #DEFAULT}, resolved against the working directory (run from the project root, the
 * shared data sits beside the checkout).
 */
public final class BenchmarkData {
    /** System property naming the cipsoc-dev directory. */
    public static final String PROPERTY = "opennqf.data";
    /** Default directory, relative to the working directory. */
    public static final String DEFAULT = "../shared/data/cipsoc-dev";

    private BenchmarkData() {}

    /**
     * @return the cipsoc-dev directory, absolute and normalised
     * @throws IllegalStateException with a clear message if it or its CSV files are missing
     */
    public static Path cipsocDev() {
        String configured = System.getProperty(PROPERTY, DEFAULT);
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        for (String file : new String[] {"programs.csv", "standards.csv"}) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalStateException("shared data not found: " + dir.resolve(file)
                        + " is missing (working directory " + Path.of("").toAbsolutePath()
                        + "). Run from the project root with ../shared/data beside it, or pass -D" + PROPERTY
                        + "=/path/to/shared/data/cipsoc-dev");
            }
        }
        return dir;
    }
}

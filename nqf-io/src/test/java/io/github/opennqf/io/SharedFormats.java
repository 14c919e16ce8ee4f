package io.github.opennqf.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real interchange-format samples in {@code ../shared/data/formats}; tests skip, saying why, without them. */
final class SharedFormats {
    private SharedFormats() {
    }

    static Path file(String relative) {
        Path dir = Path.of(System.getProperty("opennqf.shared.data", "../../shared/data")).toAbsolutePath()
                .normalize().resolve("formats");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared format samples not found at " + dir
                + ": real-data test skipped");
        Path file = dir.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared sample not found at " + file + ": test skipped");
        return file;
    }
}

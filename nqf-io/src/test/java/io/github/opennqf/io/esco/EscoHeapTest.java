package io.github.opennqf.io.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The full ESCO import, mapped to standards, in a JVM whose heap is 512 MB (issue 13). */
class EscoHeapTest {

    /** Run in the child JVM: imports the export and prints the counts. */
    public static void main(String[] args) {
        EscoClassification esco = EscoFormat.csv().read(Path.of(args[0]));
        System.out.println(esco.skills().size() + " " + esco.occupations().size() + " " + esco.relations().size()
                + " " + esco.toStandards().size());
    }

    @Test
    void fullImportFitsIn512Megabytes() throws IOException, InterruptedException {
        Path directory = EscoRealDataTest.directory();
        List<String> path = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", String.join(File.pathSeparator, path), EscoHeapTest.class.getName(),
                directory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("13896 3007 123855 3007");
    }
}

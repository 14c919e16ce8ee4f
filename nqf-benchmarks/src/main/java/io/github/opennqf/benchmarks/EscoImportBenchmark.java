package io.github.opennqf.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.opennqf.io.esco.EscoClassification;
import io.github.opennqf.io.esco.EscoFormat;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full import of the ESCO v1.1.1 CSV export (13,896 skills, 3,007 occupations, 123,855 relations,
 * ISCO groups and both hierarchies) with {@link EscoFormat}, mapped to standards, against the floor
 * of any CSV import measured in the same run: Jackson's CSV parser reading every token of the same
 * files and keeping nothing. The issue asks for a full import under 3 s; the forked JVM has a heap
 * of 512 MB, so the benchmark also shows the import fits in it.
 *
 * <pre>
 * java -jar nqf-benchmarks/target/benchmarks.jar EscoImportBenchmark [-Dopennqf.esco=../shared/data/esco-v1.1.1]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EscoImportBenchmark {
    private Path directory;
    private List<Path> files;

    @Setup
    public void setup() throws IOException {
        directory = Path.of(System.getProperty("opennqf.esco", "../shared/data/esco-v1.1.1"));
        try (var list = Files.list(directory)) {
            files = list.filter(f -> f.toString().endsWith(".csv")
                    && !f.getFileName().toString().startsWith("skillSkill")
                    && !f.getFileName().toString().startsWith("skillsHierarchy")).sorted().toList();
        }
    }

    /** The whole import, as a user runs it: classification and standards. */
    @Benchmark
    public List<ProfessionalStandard> opennqf() {
        EscoClassification esco = EscoFormat.csv().read(directory);
        return esco.toStandards();
    }

    /** The floor: every token of the same files through Jackson's CSV parser, nothing kept. */
    @Benchmark
    public long jacksonTokens() throws IOException {
        long tokens = 0;
        CsvMapper mapper = new CsvMapper();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CsvParser parser = (CsvParser) mapper.createParser(in)) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    tokens += t == JsonToken.VALUE_STRING ? parser.getTextLength() : 1;
                }
            }
        }
        return tokens;
    }
}

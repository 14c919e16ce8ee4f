package io.github.opennqf.examples.spark;

import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.Documents;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.spark.RecordCounts;
import io.github.opennqf.spark.SparkApplicantScoring;
import io.github.opennqf.spark.SparkInputs;
import io.github.opennqf.spark.SparkMatching;
import io.github.opennqf.spark.SparkOutput;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * An example Spark job: ranks programs against standards, computes coverage matrices and gap
 * summaries, and ranks applicants for a vacancy, with nqf-spark. Submit it with
 * {@code spark-submit --class io.github.opennqf.examples.spark.SparkJob opennqf-spark-job.jar rank ...};
 * see the README section "Spark". Inputs: {@code .csv} (tabular programs), {@code .jsonl}
 * (applicants, one JSON per line) or anything else as Parquet; outputs: Parquet directories
 * {@code results} and {@code rejected} (or JSON lines with {@code --format json}) under
 * {@code --output}, and the counts on standard output.
 */
@Command(name = "opennqf-spark-job", mixinStandardHelpOptions = true,
        description = "National-scale matching and applicant ranking with OpenNQF on Apache Spark.",
        subcommands = {SparkJob.Rank.class, SparkJob.Matrix.class, SparkJob.Gaps.class, SparkJob.Applicants.class})
public final class SparkJob {
    private SparkJob() {}

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    /** Options every subcommand has. */
    static final class Common {
        @Option(names = "--standards", paramLabel = "FILE", description = "Standards (CSV, JSON or YAML), compiled on the driver.")
        @Nullable Path standards;

        @Option(names = "--matcher", paramLabel = "FILE", description = "A saved matcher (opennqf index), instead of --standards.")
        @Nullable Path matcher;

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where to write results/ and rejected/.")
        String output;

        @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|json",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions to spread the input over (default: 4 per core).")
        @Nullable Integer partitions;

        Matcher matcher() throws IOException {
            if (matcher != null) {
                return Matcher.load(matcher);
            }
            if (standards == null) {
                throw new IllegalArgumentException("give --standards or --matcher");
            }
            return Matcher.builder().standards(read(standards, DocumentType.STANDARDS)).build();
        }

        /** Writes the output and prints its counts; the job's exit code is 0 even with rejected records (they are an output). */
        int write(String operation, SparkOutput out, long broadcastBytes) {
            try (out) {
                writeOne(out.results(), output + "/results");
                writeOne(out.rejected(), output + "/rejected");
                RecordCounts counts = out.counts();
                System.out.printf(Locale.ROOT, "%s: %d records scored, %d rejected (see %s/rejected); matcher broadcast: %d bytes%n",
                        operation, counts.good(), counts.rejected(), output, broadcastBytes);
            }
            return 0;
        }

        private void writeOne(Dataset<Row> data, String path) {
            switch (format) {
                case "parquet" -> data.write().mode(SaveMode.ErrorIfExists).parquet(path);
                case "json" -> data.write().mode(SaveMode.ErrorIfExists).json(path);
                default -> throw new IllegalArgumentException("--format must be parquet or json, was " + format);
            }
        }
    }

    static SparkSession session() {
        return SparkSession.builder().appName("opennqf").getOrCreate();
    }

    static <T> T read(Path file, DocumentType<T> type) {
        Document<?> document = Documents.defaults().read(file);
        return document.as(type);
    }

    /** Options of the commands on programs, and how they run. */
    static final class ProgramJob {
        @Mixin Common common = new Common();

        @Option(names = "--programs", required = true, paramLabel = "PATH", description = "Programs: tabular .csv or Parquet.")
        String programs;

        int run(String operation, BiFunction<SparkMatching, Dataset<Row>, SparkOutput> work) throws IOException {
            SparkSession spark = session();
            SparkMatching broadcast = SparkMatching.broadcast(spark, common.matcher());
            try (SparkMatching matching = common.partitions == null ? broadcast : broadcast.withPartitions(common.partitions)) {
                Dataset<Row> input = programs.endsWith(".csv") ? SparkInputs.programsCsv(spark, programs) : spark.read().parquet(programs);
                return common.write(operation, work.apply(matching, input), matching.savedBytes());
            }
        }
    }

    /** {@code rank}: each program's best standards. */
    @Command(name = "rank", mixinStandardHelpOptions = true, description = "Each program's best standards.")
    static final class Rank implements Callable<Integer> {
        @Mixin ProgramJob job = new ProgramJob();

        @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Standards per program (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws IOException {
            return job.run("rank", (matching, programs) -> matching.rankStandards(programs, top));
        }
    }

    /** {@code matrix}: the coverage matrix. */
    @Command(name = "matrix", mixinStandardHelpOptions = true, description = "Every program's coverage of every standard.")
    static final class Matrix implements Callable<Integer> {
        @Mixin ProgramJob job = new ProgramJob();

        @Override
        public Integer call() throws IOException {
            return job.run("matrix", SparkMatching::coverageMatrix);
        }
    }

    /** {@code gaps}: the requirements programs most often leave uncovered. */
    @Command(name = "gaps", mixinStandardHelpOptions = true,
            description = "Requirements most often uncovered by programs' best standards, per group.")
    static final class Gaps implements Callable<Integer> {
        @Mixin ProgramJob job = new ProgramJob();

        @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Best standards per program (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--group", paramLabel = "COLUMN", description = "A grouping column of the programs, such as institution.")
        @Nullable String group;

        @Override
        public Integer call() throws IOException {
            return job.run("gaps", (matching, programs) -> matching.gapSummary(programs, top, group));
        }
    }

    /** {@code score-applicants}: the best applicants for one vacancy. */
    @Command(name = "score-applicants", mixinStandardHelpOptions = true, description = "The best applicants for one profession card.")
    static final class Applicants implements Callable<Integer> {
        @Mixin Common common = new Common();

        @Option(names = "--standard", required = true, paramLabel = "CODE", description = "The standard of the card.")
        String standard;

        @Option(names = "--card", required = true, paramLabel = "ID", description = "The profession card of the vacancy.")
        String card;

        @Option(names = "--applicants", required = true, paramLabel = "PATH",
                description = "Applicants: .jsonl (one JSON per line) or Parquet with a string column 'applicant'.")
        String applicants;

        @Option(names = "--diploma-programs", paramLabel = "FILE", description = "Programs (CSV, JSON or YAML) that diplomas name.")
        @Nullable Path diplomaPrograms;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day evidence is judged on (default: today, UTC).")
        @Nullable LocalDate date;

        @Option(names = "--top", defaultValue = "100", paramLabel = "K", description = "Applicants to keep (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--group", paramLabel = "COLUMN", description = "Keep the best K per value of this column (Parquet input).")
        @Nullable String group;

        @Override
        public Integer call() throws IOException {
            SparkSession spark = session();
            List<EducationalProgram> programs = diplomaPrograms == null ? List.of() : read(diplomaPrograms, DocumentType.PROGRAMS);
            SparkApplicantScoring.Builder b = SparkApplicantScoring.builder(spark, common.matcher(), standard, card).programs(programs);
            if (date != null) {
                b.on(date);
            }
            try (SparkApplicantScoring scoring = b.build()) {
                SparkApplicantScoring s = common.partitions == null ? scoring : scoring.withPartitions(common.partitions);
                Dataset<Row> input = applicants.endsWith(".jsonl") ? SparkInputs.applicantsJsonLines(spark, applicants)
                        : spark.read().parquet(applicants);
                return common.write("score-applicants", s.rank(input, top, group), s.savedBytes());
            }
        }
    }
}

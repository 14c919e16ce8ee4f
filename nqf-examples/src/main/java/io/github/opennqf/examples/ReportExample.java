package io.github.opennqf.examples;

import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * The README's reports example, runnable: reads programs and standards in the tabular format,
 * matches them, and writes one pair's coverage report and the whole coverage matrix as HTML pages
 * and CSV, and every program's ranking of the standards as CSV.
 *
 * <pre>
 * java -cp nqf-examples/target/opennqf.jar io.github.opennqf.examples.ReportExample \
 *     demo/programs.csv demo/standards.csv target/reports [program-id standard-id]
 * </pre>
 * Without ids, the pair is the first program and its best-ranked standard.
 */
public final class ReportExample {
    private ReportExample() {}

    /**
     * Runs the example.
     *
     * @param programsCsv the programs
     * @param standardsCsv the standards
     * @param dir where to write {@code coverage.html}, {@code coverage.csv}, {@code matrix.html},
     *     {@code matrix.csv} and {@code rankings.csv}; created if absent
     * @param programId the program of the coverage report, or {@code null} for the first
     * @param standardId the standard of the coverage report, or {@code null} for the program's best
     * @param log where to say what was written
     * @throws IOException if a file cannot be read or written
     */
    public static void run(Path programsCsv, Path standardsCsv, Path dir, @Nullable String programId,
            @Nullable String standardId, PrintStream log) throws IOException {
        List<ProfessionalStandard> standards = TabularFormat.csv().readStandards(standardsCsv);
        List<EducationalProgram> programs = TabularFormat.csv().readPrograms(programsCsv);
        Matcher matcher = Matcher.builder().standards(standards).programs(programs).build();
        EducationalProgram program = programId == null ? programs.get(0)
                : programs.stream().filter(p -> p.id().equals(programId)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("no program " + programId + " in " + programsCsv));
        String code = standardId != null ? standardId : matcher.scoreStandards(program).get(0).candidateId();
        ProfessionalStandard standard = standards.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no standard " + code + " in " + standardsCsv));
        Files.createDirectories(dir);

        // README:begin
        CoverageReport report = matcher.coverage(program, standard);
        MatchReports reports = MatchReports.defaults();
        try (Writer out = Files.newBufferedWriter(dir.resolve("coverage.html"), StandardCharsets.UTF_8)) {
            reports.writeHtml(report, out);       // summary, level checks, gaps, heatmap, every requirement
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("coverage.csv"), StandardCharsets.UTF_8)) {
            reports.writeCsv(report, out);        // one row per requirement, with its best outcome and why
        }
        CoverageMatrix matrix = matcher.coverageMatrix(ForkJoinPool.commonPool(), ProgressListener.NONE);
        try (Writer out = Files.newBufferedWriter(dir.resolve("matrix.html"), StandardCharsets.UTF_8)) {
            reports.withOptions(ReportOptions.DEFAULTS.withTitle("Demo programs × standards")).writeHtml(matrix, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("matrix.csv"), StandardCharsets.UTF_8)) {
            reports.writeCsv(matrix, out);        // program_id,standard_id,score
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("rankings.csv"), StandardCharsets.UTF_8)) {
            reports.writeCsv(programs.stream().map(p -> matcher.standardRanking(p, 0)).toList(), out);
        }                                         // query_id,rank,candidate_id,score
        // README:end
        log.println("Coverage of " + standard.code() + " by " + program.id() + ": " + report.score());
        log.println("Wrote coverage.html, coverage.csv, matrix.html, matrix.csv and rankings.csv to " + dir);
    }

    /**
     * @param args {@code programs.csv standards.csv output-dir [program-id standard-id]}; without
     *     arguments, the demo data and {@code target/reports}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 0 && args.length != 3 && args.length != 5) {
            System.err.println("usage: ReportExample [programs.csv standards.csv output-dir [program-id standard-id]]");
            System.exit(2);
        }
        Path programs = Path.of(args.length == 0 ? "demo/programs.csv" : args[0]);
        Path standards = Path.of(args.length == 0 ? "demo/standards.csv" : args[1]);
        Path dir = Path.of(args.length == 0 ? "target/reports" : args[2]);
        run(programs, standards, dir, args.length == 5 ? args[3] : null, args.length == 5 ? args[4] : null, System.out);
    }
}

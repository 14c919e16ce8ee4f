package io.github.opennqf.examples.cli;

import io.github.opennqf.io.CredentialFormat;
import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.io.ResumeFormat;
import io.github.opennqf.io.TrustedKeys;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.matching.RequirementMatch;
import io.github.opennqf.matching.StatementSupport;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessment;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.standard.ProfessionalStandard;
import io.github.opennqf.text.LanguagePriority;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf demo}: the whole library on the bundled demo data (the project's {@code demo/}
 * directory, packed into the jar), with no arguments. It copies the data to
 * {@code OUTPUT/data/}, aligns the programs with the standards and prints a compact matrix, shows
 * one pair's gaps, ranks the applicants for one vacancy with the reasons, and writes the HTML
 * reports, printing their paths. The demo judges evidence on a fixed date, so its output is the
 * same every day.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the library on the bundled demo data: the coverage matrix, one pair's gaps, the applicants"
                + " ranked for a vacancy, and HTML reports.")
final class DemoCommand implements Callable<Integer> {
    /** The demo files in the jar, under {@value #RESOURCES}; {@code DemoCommandTest} keeps the list equal to {@code demo/}. */
    static final List<String> FILES = List.of("README.md", "standards.csv", "programs.csv", "applicants.jsonl",
            "issuers.jwks", "applicants/A-20/resume.json", "applicants/A-20/java-course.jwt",
            "applicants/A-21/resume.json", "applicants/A-21/java-course.jwt");
    static final String RESOURCES = "/io/github/opennqf/examples/demo/";
    static final String PROGRAM = "6B06101";
    static final String STANDARD = "PS-ICT-02";
    static final String CARD = "PS-ICT-02";
    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output-dir", defaultValue = "target/opennqf-demo", paramLabel = "DIR",
            description = "Where to copy the demo data and write the reports (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @CommandLine.Mixin
    Workers workers = new Workers();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path data = copyData(outputDir.resolve("data"));
        List<ProfessionalStandard> standards = ReportFile.standards(data.resolve("standards.csv"));
        List<EducationalProgram> programs = ReportFile.programs(data.resolve("programs.csv"));
        Matcher matcher = Matcher.builder().standards(standards).programs(programs).build();
        ExecutorService pool = workers.pool(workers.threads(spec.commandLine()));
        CoverageMatrix matrix;
        ApplicantRanking ranking;
        ApplicantFiles files;
        try {
            matrix = matcher.coverageMatrix(pool, ProgressListener.NONE);
            Map<String, EducationalProgram> byId = programs.stream()
                    .collect(Collectors.toMap(EducationalProgram::id, Function.identity()));
            ProfessionalStandard standard = standard(standards, STANDARD);
            ApplicantAssessor assessor = ApplicantAssessor.builder(matcher, standard, CARD)
                    .programs(id -> Optional.ofNullable(byId.get(id))).on(DATE).build();
            ApplicantAssessor.Ranker ranker = assessor.ranker(100, pool);
            files = new ApplicantFiles(CredentialFormat.openBadges()
                    .withTrustedKeys(TrustedKeys.readJwks(data.resolve("issuers.jwks")))
                    .withVerificationTime(DATE.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)),
                    ResumeFormat.jsonResume().withDeclarationDate(DATE), ranker);
            files.read(data.resolve("applicants.jsonl"));
            files.read(data.resolve("applicants"));
            ranking = ranker.result();
        } finally {
            pool.shutdownNow();
        }
        EducationalProgram program = byIdOrFail(programs, PROGRAM);
        CoverageReport pair = matcher.coverage(program, standard(standards, STANDARD));

        out.println("OpenNQF demo: " + programs.size() + " programs, " + standards.size() + " professional standards, "
                + files.read + " applicants (data in " + data + ")");
        out.println();
        printMatrix(out, matrix);
        out.println();
        printGaps(out, pair);
        out.println();
        printRanking(out, ranking, files);
        out.println();
        MatchReports reports = MatchReports.defaults()
                .withOptions(ReportOptions.DEFAULTS.withLanguages(LanguagePriority.KAZAKHSTAN));
        Path coverage = outputDir.resolve("coverage-" + PROGRAM + "-" + STANDARD + ".html");
        Path matrixPage = outputDir.resolve("matrix.html");
        Path applicants = outputDir.resolve("applicants-" + CARD + ".html");
        ReportFile.write(coverage.toString(), out, w -> reports.writeHtml(pair, w));
        ReportFile.write(matrixPage.toString(), out, w -> reports.writeHtml(matrix, w));
        ReportFile.write(applicants.toString(), out, w -> reports.writeHtml(ranking, w));
        out.println("Reports:");
        for (Path p : List.of(coverage, matrixPage, applicants)) {
            out.println("  " + p.toAbsolutePath().normalize());
        }
        out.flush();
        return files.rejected == 0 ? 0 : 1;
    }

    /** Copies the bundled demo files to {@code dir}, replacing earlier copies. */
    static Path copyData(Path dir) throws IOException {
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("the demo file " + name + " is missing from the jar");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    private static ProfessionalStandard standard(List<ProfessionalStandard> standards, String code) {
        return standards.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo standards lack " + code));
    }

    private static EducationalProgram byIdOrFail(List<EducationalProgram> programs, String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo programs lack " + id));
    }

    private static void printMatrix(PrintWriter out, CoverageMatrix matrix) {
        List<String> programs = matrix.programIds();
        List<String> standards = matrix.standardIds();
        int width = Math.max(9, standards.stream().mapToInt(String::length).max().orElse(0));
        int first = programs.stream().mapToInt(String::length).max().orElse(0);
        out.println("Coverage of each standard (columns) by each program (rows), 0 to 1:");
        StringBuilder header = new StringBuilder(" ".repeat(first));
        standards.forEach(s -> header.append("  ").append(pad(s, width)));
        out.println(header.toString().stripTrailing());
        for (int r = 0; r < programs.size(); r++) {
            StringBuilder row = new StringBuilder(pad(programs.get(r), first));
            for (int c = 0; c < standards.size(); c++) {
                row.append("  ").append(pad(String.format(Locale.ROOT, "%.2f", matrix.score(r, c)), width));
            }
            out.println(row.toString().stripTrailing());
        }
    }

    private static void printGaps(PrintWriter out, CoverageReport pair) {
        out.printf(Locale.ROOT, "Gaps of %s against %s (coverage %.2f):%n", pair.queryId(), pair.standardId(), pair.score());
        if (pair.gaps().isEmpty()) {
            out.println("  none: every requirement is covered");
        }
        for (RequirementMatch m : pair.gaps()) {
            StatementSupport nearest = m.supports().isEmpty() ? null : m.supports().get(0);
            out.printf(Locale.ROOT, "  %-4s %-9s %.2f  %s%s%n", m.requirement().id(), m.status(), m.score(),
                    m.requirement().text().resolve(LanguagePriority.KAZAKHSTAN),
                    nearest == null ? "" : "  (nearest: " + nearest.statementId() + " " + String.format(Locale.ROOT, "%.2f",
                            nearest.score()) + ")");
        }
    }

    private static void printRanking(PrintWriter out, ApplicantRanking ranking, ApplicantFiles files) {
        List<ApplicantAssessment> best = ranking.top().subList(0, Math.min(5, ranking.top().size()));
        out.printf(Locale.ROOT, "Best %d of %d applicants for %s / %s on %s (%d rejected; all of them in the report):%n",
                best.size(), ranking.assessed(), ranking.standardCode(), ranking.professionCardId(), DATE, files.rejected);
        int rank = 1;
        for (ApplicantAssessment a : best) {
            String flags = a.flags().isEmpty() ? "no flags" : a.flags().stream()
                    .map(f -> f.evidenceId() + " " + f.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + (f.excluded() ? " (left out)" : ""))
                    .collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  %d. %-5s %.2f  %s  eligibility %s  %s%n", rank++, a.applicantId(), a.score(),
                    a.recognised() ? "recognised" : "skills", a.eligibility().status().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '), flags);
        }
        out.println("  flagged further down:");
        for (ApplicantAssessment a : ranking.top().subList(best.size(), ranking.top().size())) {
            if (!a.flags().isEmpty()) {
                out.println("    " + a.applicantId() + ": " + a.flags().stream()
                        .map(f -> f.evidenceId() + " " + f.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}

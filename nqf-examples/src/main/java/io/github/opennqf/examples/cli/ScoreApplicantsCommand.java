package io.github.opennqf.examples.cli;

import io.github.opennqf.framework.LevelRef;
import io.github.opennqf.labour.Job;
import io.github.opennqf.io.CredentialFormat;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.io.ResumeFormat;
import io.github.opennqf.io.TrustedKeys;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.recognition.RecognitionPolicy;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf score-applicants}: ranks applicants (a JSON-lines file, or a directory of
 * applicants: see {@link ApplicantFiles}) for one profession card on a date, under a recognition
 * policy, verifying credentials against a trust list, and writes the best K as CSV
 * ({@code query_id,rank,candidate_id,score} then eligibility and flags), JSON (an
 * {@code applicantRankings} document) or a self-contained HTML report, by the output's extension.
 * Bad records are rejected with their location, counted, and listed on standard error or in
 * {@code --rejected}; messages never quote applicants' names or texts.
 */
@Command(name = "score-applicants", mixinStandardHelpOptions = true,
        description = "Rank applicants (JSON lines, or a directory of résumés and credentials) for one profession card,"
                + " with eligibility, evidence flags and explanations; write CSV, JSON or HTML.")
final class ScoreApplicantsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--standards", required = true, paramLabel = "FILE", description = "Standards (CSV, JSON or YAML).")
    Path standards;

    @Option(names = "--standard", paramLabel = "CODE", description = "The standard of the card (default: the one that has it).")
    @Nullable String standardCode;

    @Option(names = "--card", required = true, paramLabel = "ID", description = "The profession card of the vacancy.")
    String card;

    @Option(names = "--level", paramLabel = "N",
            description = "The vacancy's NQF level: refused unless the card is at this level (a check that the card is the right one).")
    @Nullable Integer level;

    @Option(names = "--programs", paramLabel = "FILE",
            description = "Programs (CSV, JSON or YAML) that diplomas name by program id; unknown programs bring only their level.")
    @Nullable Path programs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day evidence is judged and credentials verified on (default: today, UTC).")
    @Nullable String date;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A recognition policy (a recognitionPolicy document, YAML or JSON; every field optional).")
    @Nullable Path policy;

    @Option(names = "--trust", paramLabel = "FILE", description = "Issuer keys (a JWK Set) that VC-JWT credentials are verified against.")
    @Nullable Path trust;

    @Option(names = "--applicants", required = true, paramLabel = "FILE|DIR",
            description = "Applicants: JSON lines, or a directory of applicant sub-directories (resume.json and credentials),"
                    + " JSON Resume files and JSON-lines files; may be repeated.")
    List<Path> applicants;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Applicants to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "ranking.csv, ranking.json or report.html (the format by extension); - for CSV on standard output.")
    String output;

    @Option(names = "--rejected", paramLabel = "FILE",
            description = "Where to list the rejected records, one problem per line (default: standard error).")
    @Nullable Path rejected;

    @Option(names = "--pseudonymise", description = "Show applicants by id only in JSON and HTML, without their evidence texts.")
    boolean pseudonymise;

    @Option(names = "--secondary-job-hours", paramLabel = "H",
            description = "The vacancy is a secondary job of H hours a day: check each applicant's multiple employment"
                    + " (with their birth date, main job and civil-servant status, when known).")
    @Nullable Double secondaryJobHours;

    @Option(names = "--secondary-job-hazardous", description = "The secondary job is in a hazardous occupation.")
    boolean secondaryJobHazardous;

    @Option(names = "--secondary-job-kind", defaultValue = "OTHER", paramLabel = "KIND",
            description = "The secondary job's kind of work: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Job.WorkKind secondaryJobKind;

    @CommandLine.Mixin
    Workers workers = new Workers();

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        Format format = Format.of(spec.commandLine(), output);
        LocalDate on;
        try {
            on = date == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, was '" + date + "'");
        }
        List<ProfessionalStandard> standardList = ReportFile.standards(standards);
        ProfessionalStandard standard = standardList.stream()
                .filter(s -> standardCode == null ? s.professionCard(card).isPresent() : s.code().equals(standardCode))
                .findFirst().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), standardCode == null
                        ? "no standard in " + standards + " has a profession card '" + card + "'"
                        : "no standard '" + standardCode + "' in " + standards));
        checkLevel(standard);
        Map<String, EducationalProgram> byId = new HashMap<>();
        if (programs != null) {
            for (EducationalProgram p : ReportFile.programs(programs)) {
                byId.put(p.id(), p);
            }
        }
        RecognitionPolicy recognitionPolicy = policy == null ? RecognitionPolicy.DEFAULTS
                : ReportFile.typed(policy, DocumentType.RECOGNITION_POLICY);
        TrustedKeys keys = trust == null ? TrustedKeys.none() : TrustedKeys.readJwks(trust);
        Instant verifiedAt = date == null ? Instant.now() : on.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        CredentialFormat credentials = CredentialFormat.openBadges().withTrustedKeys(keys).withVerificationTime(verifiedAt);
        ResumeFormat resumes = ResumeFormat.jsonResume().withDeclarationDate(on);

        Matcher matcher = Matcher.builder().standards(standardList).build();
        ApplicantAssessor.Builder builder = ApplicantAssessor.builder(matcher, standard, card)
                .programs(id -> Optional.ofNullable(byId.get(id))).policy(recognitionPolicy).on(on);
        if (secondaryJobHours != null) {
            builder.secondaryJob(secondaryJob(standard));
        } else if (secondaryJobHazardous) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--secondary-job-hazardous needs --secondary-job-hours");
        }
        ApplicantAssessor assessor = builder.build();
        ExecutorService pool = workers.pool(workers.threads(spec.commandLine()));
        ApplicantRanking ranking;
        ApplicantFiles files;
        try {
            ApplicantAssessor.Ranker ranker = assessor.ranker(top, pool);
            files = new ApplicantFiles(credentials, resumes, ranker);
            for (Path path : applicants) {
                files.read(path);
            }
            ranking = ranker.result();
        } finally {
            pool.shutdownNow();
        }
        write(format, ranking);
        report(files, standard, on, ranking);
        return files.rejected == 0 ? 0 : 1;
    }

    private Job secondaryJob(ProfessionalStandard standard) {
        try {
            return new Job(standard.code() + " / " + card, secondaryJobHours, secondaryJobHazardous, secondaryJobKind);
        } catch (io.github.opennqf.InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--secondary-job-hours must be between 0 and 24,"
                    + " was " + secondaryJobHours);
        }
    }

    private void checkLevel(ProfessionalStandard standard) {
        if (level == null) {
            return;
        }
        ProfessionCard c = standard.professionCard(card).orElseThrow();
        LevelRef cardLevel = c.level();
        if (cardLevel == null || cardLevel.level().rank() != level) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level " + level + ": card " + card + " of "
                    + standard.code() + " is " + (cardLevel == null ? "at no level" : "at level " + cardLevel));
        }
    }

    /** Counts on standard error; the rejected records there or in {@code --rejected}; notes on credentials. */
    private void report(ApplicantFiles files, ProfessionalStandard standard, LocalDate on, ApplicantRanking ranking)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "%d applicants read, %d rejected; %d ranked for %s / %s on %s%n", files.read,
                files.rejected, ranking.assessed(), standard.code(), card, on);
        for (String note : files.notes) {
            err.println("note: " + note);
        }
        List<String> lines = files.problems.stream().map(ApplicantFiles::line).toList();
        if (rejected != null) {
            ReportFile.write(rejected.toString(), spec.commandLine().getOut(), out -> {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            });
            if (!lines.isEmpty()) {
                err.println("rejected records listed in " + rejected);
            }
        } else {
            lines.forEach(l -> err.println("rejected: " + l));
        }
        err.flush();
    }

    private void write(Format format, ApplicantRanking ranking) throws IOException {
        MatchReports reports = MatchReports.defaults().withOptions(ReportOptions.DEFAULTS.withPseudonymised(pseudonymise));
        ReportFile.write(output, spec.commandLine().getOut(), out -> {
            switch (format) {
                case CSV -> reports.writeCsv(ranking, out);
                case JSON -> reports.writeJson(ranking, out);
                case HTML -> reports.writeHtml(ranking, out);
            }
        });
    }

    /** The output formats, by the output's extension. */
    enum Format {
        CSV, JSON, HTML;

        static Format of(CommandLine commandLine, String output) {
            String name = output.toLowerCase(Locale.ROOT);
            if (name.equals("-") || name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            throw new CommandLine.ParameterException(commandLine, "--output must end in .csv, .json or .html (or be -"
                    + " for CSV on standard output), was '" + output + "'");
        }
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.OutputFile;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.recognition.ApplicantAssessor;
import io.github.opennqf.recognition.ApplicantRanking;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code opennqf score-applicants}: ranks the applicants of a JSON-lines file for one profession
 * card on a date, and writes {@code query_id,rank,candidate_id,score} (the card as the query, the
 * applicant as the candidate) followed by the eligibility, recognition and flags of each.
 */
@Command(name = "score-applicants", mixinStandardHelpOptions = true,
        description = "Rank applicants (JSON lines) for one profession card of a standard, with eligibility and "
                + "evidence flags, and write CSV.")
final class ScoreApplicantsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--standards", required = true, paramLabel = "FILE", description = "Standards (CSV, JSON or YAML).")
    Path standards;

    @Option(names = "--standard", paramLabel = "CODE", description = "The standard of the card (default: the one that has it).")
    @Nullable String standardCode;

    @Option(names = "--card", required = true, paramLabel = "ID", description = "The profession card of the vacancy.")
    String card;

    @Option(names = "--programs", paramLabel = "FILE",
            description = "Programs (CSV, JSON or YAML) that diplomas name by program id; unknown programs bring only their level.")
    @Nullable Path programs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day evidence is judged on (default: today, UTC).")
    @Nullable String date;

    @Option(names = "--applicants", required = true, paramLabel = "FILE", description = "Applicants, one JSON object per line.")
    Path applicants;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Applicants to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The ranking CSV; - for standard output.")
    String output;

    @CommandLine.Mixin
    Workers workers = new Workers();

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        LocalDate on;
        try {
            on = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, was '" + date + "'");
        }
        List<ProfessionalStandard> standardList = ReportFile.standards(standards);
        ProfessionalStandard standard = standardList.stream()
                .filter(s -> standardCode == null ? s.professionCard(card).isPresent() : s.code().equals(standardCode))
                .findFirst().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), standardCode == null
                        ? "no standard in " + standards + " has a profession card '" + card + "'"
                        : "no standard '" + standardCode + "' in " + standards));
        Map<String, EducationalProgram> byId = new HashMap<>();
        if (programs != null) {
            for (EducationalProgram p : ReportFile.programs(programs)) {
                byId.put(p.id(), p);
            }
        }
        Matcher matcher = Matcher.builder().standards(standardList).build();
        ApplicantAssessor assessor = ApplicantAssessor.builder(matcher, standard, card)
                .programs(id -> Optional.ofNullable(byId.get(id))).on(on).build();
        ExecutorService pool = workers.pool(workers.threads(spec.commandLine()));
        ApplicantRanking ranking;
        List<ReadProblem> rejected = List.of();
        try {
            ApplicantAssessor.Ranker ranker = assessor.ranker(top, pool);
            try {
                JsonLines.applicants().read(applicants, ranker);
            } catch (ReadException e) {
                // bad lines are reported below; the good ones were ranked
                rejected = e.problems();
                if (rejected.stream().anyMatch(p -> p.reason() == ReadProblem.Reason.IO_ERROR)) {
                    throw e;
                }
            }
            ranking = ranker.result();
        } finally {
            pool.shutdownNow();
        }
        write(ranking);
        PrintWriter err = spec.commandLine().getErr();
        long badLines = rejected.stream().map(p -> p.location().line()).distinct().count();
        err.printf(Locale.ROOT, "%d applicants ranked for %s / %s on %s, %d lines rejected%n", ranking.assessed(),
                standard.code(), card, on, badLines);
        for (ReadProblem p : rejected) {
            err.println(p);
        }
        err.flush();
        return rejected.isEmpty() ? 0 : 1;
    }

    private void write(ApplicantRanking ranking) {
        if (output.equals("-")) {
            MatchReports.defaults().writeCsv(ranking, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return;
        }
        // atomic replacement of a regular file, a stream into a FIFO or device, nothing partial left behind
        OutputFile.of(Path.of(output)).write(stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            MatchReports.defaults().writeCsv(ranking, out);
            out.flush();
        });
    }
}

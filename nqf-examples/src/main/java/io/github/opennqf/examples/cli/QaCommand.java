package io.github.opennqf.examples.cli;

import io.github.opennqf.design.ProgramQualityCheck;
import io.github.opennqf.design.QaReport;
import io.github.opennqf.io.DesignReports;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.program.EducationalProgram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf qa}: level-consistency QA of programs against their framework, with
 * {@link ProgramQualityCheck}: outcomes worded below or above the level (from the action verbs in
 * kk, ru and en), descriptor categories no outcome covers, credits outside the level's norm,
 * outcomes without a module and modules without outcomes. Text, HTML (one program), JSON or YAML
 * ({@code qaReports}). Exit code 0, or with {@code --strict} 3 when a program does not pass.
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Check programs' level consistency: outcome wording against the level, descriptor categories,"
                + " credits, modules.")
final class QaCommand implements Callable<Integer> {
    /** The exit code of {@code --strict} when a program does not pass. */
    static final int NOT_PASSED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--programs", required = true, paramLabel = "FILE",
            description = "Programs: tabular CSV, or a native JSON or YAML programs document.")
    Path programs;

    @Option(names = "--program", paramLabel = "ID", description = "Check only this program (needed for html).")
    @Nullable String programId;

    @Option(names = "--strict", description = "Exit with code 3 when a program does not pass (an error or warning).")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFile.FormatConverter.class,
            description = "text, html, json or yaml (default: from the output's extension; text for -).")
    ReportFile.@Nullable Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        ReportFile.Format chosen = format != null ? format : ReportFile.Format.of(output);
        if (chosen == ReportFile.Format.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), "QA reports are written as text, html, json"
                    + " or yaml");
        }
        List<EducationalProgram> all = ReportFile.programs(programs);
        List<EducationalProgram> chosenPrograms = programId == null ? all
                : List.of(all.stream().filter(p -> p.id().equals(programId)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("no program '" + programId + "' in " + programs)));
        if (chosen == ReportFile.Format.HTML && chosenPrograms.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "an html page holds one program's QA: give"
                    + " --program (" + programs + " holds " + chosenPrograms.size() + ")");
        }
        ProgramQualityCheck check = ProgramQualityCheck.withDefaults();
        List<QaReport> reports = chosenPrograms.stream().map(check::check).toList();
        ReportFile.write(output, spec.commandLine().getOut(), out -> {
            switch (chosen) {
                case HTML -> DesignReports.defaults().writeHtml(reports.get(0), out);
                case TEXT -> {
                    for (int i = 0; i < reports.size(); i++) {
                        if (i > 0) {
                            out.write("\n");
                        }
                        DesignReports.defaults().writeText(reports.get(i), out);
                    }
                }
                default -> chosen.nativeFormat().write(DocumentType.QA_REPORTS, reports, out);
            }
        });
        long failed = reports.stream().filter(r -> !r.passed()).count();
        if (!output.equals("-")) {
            spec.commandLine().getErr().println(reports.size() - failed + " of " + reports.size() + " programs pass");
            spec.commandLine().getErr().flush();
        }
        return strict && failed > 0 ? NOT_PASSED : 0;
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.design.EffortEstimate;
import io.github.opennqf.design.EffortEstimator;
import io.github.opennqf.io.DesignReports;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf effort}: the labour of aligning a program with a standard, or with no standard of
 * developing it as a new program, with {@link EffortEstimator} and its documented default model.
 * Text, HTML, JSON or YAML ({@code effortEstimates}).
 */
@Command(name = "effort", mixinStandardHelpOptions = true,
        description = "Estimate the person-hours to align a program with a standard, or (without --standard) to"
                + " develop it as a new program; every component listed.")
final class EffortCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--programs", required = true, paramLabel = "FILE",
            description = "Programs: tabular CSV, or a native JSON or YAML programs document.")
    Path programs;

    @Option(names = "--program", required = true, paramLabel = "ID", description = "The program.")
    String programId;

    @Option(names = "--standards", paramLabel = "FILE",
            description = "Standards: tabular CSV, or a native JSON or YAML standards document.")
    @Nullable Path standards;

    @Option(names = "--standard", paramLabel = "CODE", description = "The standard to align with; without it the"
            + " program is estimated as new.")
    @Nullable String standardCode;

    @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFile.FormatConverter.class,
            description = "text, html, json or yaml (default: from the output's extension; text for -).")
    ReportFile.@Nullable Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        if ((standards == null) != (standardCode == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give both --standards and --standard to align with a standard, or neither for a new program");
        }
        ReportFile.Format chosen = format != null ? format : ReportFile.Format.of(output);
        if (chosen == ReportFile.Format.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), "effort estimates are written as text, html,"
                    + " json or yaml");
        }
        EducationalProgram program = ReportFile.programs(programs).stream().filter(p -> p.id().equals(programId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no program '" + programId + "' in "
                        + programs));
        EffortEstimator estimator = EffortEstimator.withDefaults();
        EffortEstimate estimate;
        if (standards == null) {
            estimate = estimator.estimateNew(program);
        } else {
            ProfessionalStandard standard = ReportFile.standards(standards).stream()
                    .filter(s -> s.code().equals(standardCode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no standard '" + standardCode + "' in " + standards));
            estimate = estimator.estimate(program, standard);
        }
        ReportFile.write(output, spec.commandLine().getOut(), out -> {
            switch (chosen) {
                case HTML -> DesignReports.defaults().writeHtml(estimate, out);
                case TEXT -> DesignReports.defaults().writeText(estimate, out);
                default -> chosen.nativeFormat().write(DocumentType.EFFORT_ESTIMATES, List.of(estimate), out);
            }
        });
        return 0;
    }
}

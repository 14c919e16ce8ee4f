package io.github.opennqf.examples.cli;

import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --programs} and {@code --standards} files of the matching commands ({@code rank},
 * {@code report}), as a picocli mixin; read with {@link TabularFormat}, whose
 * {@link io.github.opennqf.io.ReadException} locates every problem.
 */
final class MatchInputs {
    @Option(names = "--programs", required = true, paramLabel = "FILE", description = "Programs CSV (tabular format).")
    Path programs;

    @Option(names = "--standards", paramLabel = "FILE", description = "Standards CSV (tabular format).")
    @org.jspecify.annotations.Nullable Path standards;

    List<EducationalProgram> readPrograms() throws IOException {
        return TabularFormat.csv().readPrograms(programs);
    }

    /**
     * @return the standards
     * @throws picocli.CommandLine.ParameterException if {@code --standards} was not given
     */
    List<ProfessionalStandard> readStandards(picocli.CommandLine commandLine) throws IOException {
        if (standards == null) {
            throw new picocli.CommandLine.ParameterException(commandLine, "Missing required option: '--standards=FILE'");
        }
        return TabularFormat.csv().readStandards(standards);
    }
}

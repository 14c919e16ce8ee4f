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

    @Option(names = "--standards", required = true, paramLabel = "FILE", description = "Standards CSV (tabular format).")
    Path standards;

    List<EducationalProgram> readPrograms() throws IOException {
        return TabularFormat.readPrograms(programs);
    }

    List<ProfessionalStandard> readStandards() throws IOException {
        return TabularFormat.readStandards(standards);
    }
}

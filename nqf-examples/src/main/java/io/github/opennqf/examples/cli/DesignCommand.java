package io.github.opennqf.examples.cli;

import io.github.opennqf.design.CardSelection;
import io.github.opennqf.design.DesignConfig;
import io.github.opennqf.design.ProgramDesign;
import io.github.opennqf.design.ProgramDesigner;
import io.github.opennqf.framework.Level;
import io.github.opennqf.io.DesignReports;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.standard.ProfessionCard;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf design}: a program skeleton from one or more profession cards, with
 * {@link ProgramDesigner}. As {@code .json}, {@code .yaml} or {@code .csv} the draft program itself
 * (a {@code programs} document to edit, then check with {@code qa}); {@code --document
 * programDesigns} writes the design with its links and notes instead. As {@code .html} or text, the
 * design report.
 */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Design a program skeleton from profession cards: outcomes with level-fitting verbs, modules "
                + "with credits, links to the requirements.")
final class DesignCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--standards", required = true, paramLabel = "FILE",
            description = "Standards: tabular CSV, or a native JSON or YAML standards document.")
    Path standards;

    @Option(names = "--card", required = true, paramLabel = "ID",
            description = "A profession card to design from; repeat for a program preparing for several professions.")
    List<String> cards = new ArrayList<>();

    @Option(names = "--standard", paramLabel = "CODE",
            description = "The standard the cards belong to, when a card id appears in several.")
    @Nullable String standardCode;

    @Option(names = "--level", paramLabel = "N", description = "The level to design at, such as 6 or 6.2"
            + " (default: the cards' level).")
    @Nullable String level;

    @Option(names = "--credits", paramLabel = "N", description = "Total Kazakh academic credits (default: the level's"
            + " norm: 240 bachelor, 120 master, 180 doctorate).")
    @Nullable Integer credits;

    @Option(names = "--program-id", paramLabel = "ID", description = "The draft's id (default: DRAFT- and the card id).")
    @Nullable String programId;

    @Option(names = "--document", paramLabel = "TYPE", description = "For json and yaml: programs (the draft, the"
            + " default) or programDesigns (with links and notes).")
    String document = "programs";

    @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFile.FormatConverter.class,
            description = "text, html, json, yaml or csv (default: from the output's extension; text for -).")
    ReportFile.@Nullable Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        if (!document.equals("programs") && !document.equals("programDesigns")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--document must be programs or programDesigns");
        }
        ReportFile.Format chosen = format != null ? format : ReportFile.Format.of(output);
        if (chosen == ReportFile.Format.CSV && document.equals("programDesigns")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "CSV holds the draft program only; use json or yaml for programDesigns");
        }
        List<ProfessionalStandard> all = ReportFile.standards(standards);
        List<CardSelection> selections = new ArrayList<>();
        for (String card : cards) {
            selections.add(select(all, card));
        }
        DesignConfig config = DesignConfig.DEFAULTS.withProgramId(programId).withTotalCredits(credits);
        ProgramDesign design = ProgramDesigner.builder().config(config).build()
                .design(selections, level == null ? null : Level.parse(level));
        ReportFile.write(output, spec.commandLine().getOut(), out -> {
            switch (chosen) {
                case TEXT -> DesignReports.defaults().writeText(design, out);
                case HTML -> DesignReports.defaults().writeHtml(design, out);
                case CSV -> TabularFormat.csv().writePrograms(List.of(design.program()), out);
                default -> {
                    if (document.equals("programs")) {
                        chosen.nativeFormat().write(DocumentType.PROGRAMS, List.of(design.program()), out);
                    } else {
                        chosen.nativeFormat().write(DocumentType.PROGRAM_DESIGNS, List.of(design), out);
                    }
                }
            }
        });
        return 0;
    }

    private CardSelection select(List<ProfessionalStandard> all, String cardId) {
        List<ProfessionalStandard> holding = all.stream()
                .filter(s -> (standardCode == null || s.code().equals(standardCode)) && s.professionCard(cardId).isPresent())
                .toList();
        if (holding.isEmpty()) {
            String known = all.stream().filter(s -> standardCode == null || s.code().equals(standardCode))
                    .flatMap(s -> s.professionCards().stream().map(ProfessionCard::id)).limit(8)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no profession card '" + cardId + "' in " + standards
                    + (standardCode == null ? "" : " standard " + standardCode) + " (cards: " + known + ")");
        }
        if (holding.size() > 1) {
            throw new IllegalArgumentException("profession card '" + cardId + "' is in several standards ("
                    + holding.stream().map(ProfessionalStandard::code).collect(Collectors.joining(", "))
                    + "); say which with --standard");
        }
        return CardSelection.of(holding.get(0), cardId);
    }
}

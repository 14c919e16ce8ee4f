package io.github.opennqf.examples.cli;

import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.ReportOptions;
import io.github.opennqf.matching.CoverageMatrix;
import io.github.opennqf.matching.CoverageReport;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.ProgressListener;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf report}: the coverage report of one program against one standard (every
 * requirement with its best outcome and why, the gaps, the level checks) as HTML, CSV or native
 * JSON; or, without {@code --program} and {@code --standard}, the full coverage matrix of every
 * program against every standard as HTML or CSV. Written with {@link MatchReports} and
 * {@link NativeFormat}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the coverage report of one program against one standard (html, csv or json), "
                + "or without --program and --standard the coverage matrix of all programs × all standards "
                + "(html or csv).")
final class ReportCommand implements Callable<Integer> {
    enum Format {
        HTML, CSV, JSON
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    MatchInputs inputs = new MatchInputs();

    @Option(names = "--program", paramLabel = "ID", description = "The program of a coverage report.")
    @Nullable String programId;

    @Option(names = "--standard", paramLabel = "CODE", description = "The standard of a coverage report.")
    @Nullable String standardCode;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "html, csv or json (default: from the output file's extension; csv for standard output).")
    @Nullable Format format;

    @Option(names = "--title", paramLabel = "TEXT", description = "The HTML page's title (default: one naming the pair).")
    @Nullable String title;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @CommandLine.Mixin
    Workers workers = new Workers();

    @Override
    public Integer call() throws IOException {
        if ((programId == null) != (standardCode == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give both --program and --standard for a coverage report, or neither for the full matrix");
        }
        int threads = workers.threads(spec.commandLine());
        Format chosen = format != null ? format : formatOf(output);
        boolean pair = programId != null;
        if (!pair && chosen == Format.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the matrix is written as html or csv; json is for one pair (--program and --standard)");
        }
        List<EducationalProgram> programList = inputs.readPrograms();
        List<ProfessionalStandard> standardList = inputs.readStandards(spec.commandLine());
        ReportOptions options = title == null ? ReportOptions.DEFAULTS : ReportOptions.DEFAULTS.withTitle(title);
        if (pair) {
            EducationalProgram program = programList.stream().filter(p -> p.id().equals(programId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no program '" + programId + "' in " + inputs.programs
                            + " (" + programList.size() + " programs, for example " + examples(programList.stream()
                                    .map(EducationalProgram::id).toList()) + ")"));
            ProfessionalStandard standard = standardList.stream().filter(s -> s.code().equals(standardCode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no standard '" + standardCode + "' in " + inputs.standards
                            + " (" + standardList.size() + " standards, for example " + examples(standardList.stream()
                                    .map(ProfessionalStandard::code).toList()) + ")"));
            // compiled as for the matrix, so the report is the matrix's cell for the pair
            Matcher matcher = Matcher.builder().standards(standardList).programs(programList).build();
            CoverageReport report = matcher.coverage(program, standard);
            write(chosen, out -> {
                switch (chosen) {
                    case HTML -> MatchReports.defaults().withOptions(options).writeHtml(report, out);
                    case CSV -> MatchReports.defaults().withOptions(options).writeCsv(report, out);
                    case JSON -> NativeFormat.json().write(DocumentType.COVERAGE_REPORTS, List.of(report), out);
                }
            });
        } else {
            Matcher matcher = Matcher.builder().standards(standardList).programs(programList).build();
            ProgressBar bar = workers.progressBar(spec.commandLine(), true, "programs");
            CoverageMatrix matrix;
            java.util.concurrent.ExecutorService pool = workers.pool(threads);
            try {
                matrix = matcher.coverageMatrix(pool, bar == null ? ProgressListener.NONE : bar);
            } finally {
                pool.shutdownNow();
                if (bar != null) {
                    bar.finish();
                }
            }
            write(chosen, out -> {
                if (chosen == Format.HTML) {
                    MatchReports.defaults().withOptions(options).writeHtml(matrix, out);
                } else {
                    MatchReports.defaults().writeCsv(matrix, out);
                }
            });
        }
        return 0;
    }

    private interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private void write(Format chosen, Body body) throws IOException {
        ReportFile.write(output, spec.commandLine().getOut(), body::writeTo);
    }

    private static Format formatOf(String output) {
        String name = output.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".csv") || name.equals("-")) {
            return Format.CSV;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + output
                + "' from its extension (.html, .csv or .json); give --format html|csv|json");
    }

    private static String examples(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(3, ids.size())));
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value) {
                case "html" -> Format.HTML;
                case "csv" -> Format.CSV;
                case "json" -> Format.JSON;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use html, csv or json");
            };
        }
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf convert}: reads a native document and writes it in another native format.
 * The input is checked exactly as {@code validate} does; nothing is written when it is invalid.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a native document between formats: json, yaml, csv (programs and standards) "
                + "and jsonl (applicants). The input's format comes from its extension.")
final class ConvertCommand implements Callable<Integer> {
    enum Target {
        JSON, YAML, CSV, JSONL
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The document to convert.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = TargetConverter.class,
            description = "json, yaml, csv or jsonl.")
    Target to;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        Document<?> document = DocumentFiles.read(input);
        String text = convert(document);
        if (output.equals("-")) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(Path.of(output), text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private String convert(Document<?> document) {
        DocumentType<?> type = document.type();
        StringWriter out = new StringWriter();
        switch (to) {
            case JSON:
                return write(NativeFormat.json(), document);
            case YAML:
                return write(NativeFormat.yaml(), document);
            case JSONL:
                if (type != DocumentType.APPLICANTS) {
                    throw refuse("jsonl holds applicants only; a " + type + " document converts to json or yaml");
                }
                JsonLines.DEFAULTS.writeApplicants(document.as(DocumentType.APPLICANTS), out);
                return out.toString();
            default:
                if (type == DocumentType.PROGRAMS) {
                    List<EducationalProgram> programs = document.as(DocumentType.PROGRAMS);
                    TabularFormat.writePrograms(programs, out, TabularOptions.DEFAULTS);
                    if (!TabularFormat.readPrograms(new StringReader(out.toString()), "converted", TabularOptions.DEFAULTS)
                            .equals(programs)) {
                        warnLossy();
                    }
                    return out.toString();
                }
                if (type == DocumentType.STANDARDS) {
                    List<ProfessionalStandard> standards = document.as(DocumentType.STANDARDS);
                    TabularFormat.writeStandards(standards, out, TabularOptions.DEFAULTS);
                    if (!TabularFormat.readStandards(new StringReader(out.toString()), "converted", TabularOptions.DEFAULTS)
                            .equals(standards)) {
                        warnLossy();
                    }
                    return out.toString();
                }
                throw refuse("csv holds programs and standards only; a " + type + " document converts to json or yaml");
        }
    }

    private void warnLossy() {
        spec.commandLine().getErr().println("opennqf: note: the tabular CSV format holds ids, titles, levels and the"
                + " statements of outcomes and requirements in one language; what else the input held was not written");
        spec.commandLine().getErr().flush();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String write(NativeFormat format, Document<?> document) {
        return format.writeString((DocumentType) document.type(), document.value());
    }

    private CommandLine.ParameterException refuse(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return switch (value) {
                case "json" -> Target.JSON;
                case "yaml", "yml" -> Target.YAML;
                case "csv" -> Target.CSV;
                case "jsonl" -> Target.JSONL;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use json, yaml, csv or jsonl");
            };
        }
    }
}

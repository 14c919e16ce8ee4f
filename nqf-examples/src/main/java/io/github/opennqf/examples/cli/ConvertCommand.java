package io.github.opennqf.examples.cli;

import io.github.opennqf.io.Document;
import io.github.opennqf.io.Documents;
import io.github.opennqf.io.FileFormat;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.WriteReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf convert}: reads a document in any supported format and writes it in another.
 * The input is checked exactly as {@code validate} does; nothing is written when it is invalid,
 * and a conversion that drops information says what it dropped.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a document between formats: json, yaml (native), csv (programs and standards), "
                + "jsonl (applicants), esco (an ESCO CSV export directory, read only), case (1EdTech CASE 1.0) "
                + "and elm (European Learning Model v3 JSON-LD). The input's format is detected unless --from names it.")
final class ConvertCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The document (a directory for esco).")
    Path input;

    @Option(names = "--from", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "esco, case, elm, json, yaml, csv or jsonl; detected from the name and content when absent.")
    @Nullable FileFormat from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "json, yaml, csv, jsonl, case or elm.")
    FileFormat to;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String output;

    @Override
    public Integer call() {
        Documents documents = Documents.defaults();
        Document<?> document = from == null ? documents.read(input) : documents.read(input, from);
        PrintWriter err = spec.commandLine().getErr();
        for (ReadProblem warning : document.warnings()) {
            err.println("opennqf: warning: " + warning);
        }
        WriteReport report;
        try {
            if (output.equals("-")) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                report = documents.write(document, to, bytes);
                spec.commandLine().getOut().print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                report = documents.write(document, to, Path.of(output));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String dropped : report.dropped()) {
            err.println("opennqf: note: " + to.code() + " does not hold " + dropped + "; not written");
        }
        err.flush();
        return 0;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<FileFormat> {
        @Override
        public FileFormat convert(String value) {
            return FileFormat.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a format; use json, yaml, csv, jsonl, esco, case or elm"));
        }
    }
}

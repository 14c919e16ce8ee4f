package io.github.opennqf.examples.cli;

import io.github.opennqf.io.Document;
import io.github.opennqf.io.Documents;
import io.github.opennqf.io.FileFormat;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf validate}: checks a native document and prints every problem with its location.
 * Exit code 0 when valid, 1 when not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a document in any supported format (native .json/.yaml, .jsonl applicants, .csv "
                + "programs/standards, an ESCO export directory, CASE or ELM JSON). "
                + "Prints every problem with its location; exits 0 when the document is valid, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The document to check (a directory for esco).")
    Path input;

    @Option(names = "--from", paramLabel = "FORMAT", converter = ConvertCommand.FormatConverter.class,
            description = "esco, case, elm, json, yaml, csv or jsonl; detected from the name and content when absent.")
    @org.jspecify.annotations.Nullable FileFormat from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Documents documents = Documents.defaults();
            Document<?> document = from == null ? documents.read(input) : documents.read(input, from);
            for (ReadProblem warning : document.warnings()) {
                out.println(warning.location() + ": warning: " + label(warning.reason()) + ": " + warning.message());
            }
            out.println(input + ": valid " + document.type() + " document" + describe(document.value())
                    + (document.warnings().isEmpty() ? "" : ", " + document.warnings().size() + " warnings"));
            out.flush();
            return 0;
        } catch (ReadException e) {
            for (ReadProblem p : e.problems()) {
                err.println(p.location() + ": " + label(p.reason()) + ": " + p.message());
            }
            int n = e.problems().size();
            err.println(input + ": invalid, " + n + (n == 1 ? " problem" : " problems"));
            err.flush();
            return 1;
        }
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            return " (" + list.size() + (list.size() == 1 ? " record)" : " records)");
        }
        return "";
    }

    /** {@code MISSING_FIELD} as {@code missing field}. */
    static String label(ReadProblem.Reason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

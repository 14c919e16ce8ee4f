package io.github.opennqf.examples.cli;

import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The output file of a report-writing command: its format from {@code --format} or the name's
 * extension, and a write that never leaves half a file (through {@link io.github.opennqf.io.OutputFile}); {@code -} is standard output. Also reads the programs or standards a command
 * takes, in any format {@link io.github.opennqf.io.Documents} reads.
 */
final class ReportFile {
    /** The formats of the design, QA and effort reports. */
    enum Format {
        TEXT, HTML, JSON, YAML, CSV;

        static Format of(String output) {
            String name = output.toLowerCase(Locale.ROOT);
            if (name.equals("-") || name.endsWith(".txt")) {
                return TEXT;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return YAML;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new IllegalArgumentException("cannot tell the format of '" + output + "' from its extension"
                    + " (.txt, .html, .json, .yaml or .csv); give --format");
        }

        NativeFormat nativeFormat() {
            return this == YAML ? NativeFormat.yaml() : NativeFormat.json();
        }
    }

    /** Picocli's converter of {@code --format} values. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a format; use text, html, json, yaml or csv");
            }
        }
    }

    /** What writes a report's body. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private ReportFile() {}

    /**
     * Writes to the file, or to {@code stdout} for {@code -}; nothing is left when writing fails.
     */
    static void write(String output, PrintWriter stdout, Body body) throws IOException {
        if (output.equals("-")) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        // atomic replacement of a regular file, a stream into a FIFO or device, nothing partial left behind
        io.github.opennqf.io.OutputFile.of(Path.of(output)).write(stream -> {
            Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            body.writeTo(out);
            out.flush();
        });
    }

    /** @return the programs of a native file (CSV, JSON or YAML), or an error naming what it holds instead */
    static List<EducationalProgram> programs(Path file) {
        return typed(file, DocumentType.PROGRAMS);
    }

    /** @return the standards of a native file (CSV, JSON or YAML), or an error naming what it holds instead */
    static List<ProfessionalStandard> standards(Path file) {
        return typed(file, DocumentType.STANDARDS);
    }

    /** @return the value of a native file of the type, or an error naming what it holds instead */
    static <T> T typed(Path file, DocumentType<T> type) {
        Document<?> document = io.github.opennqf.io.Documents.defaults().read(file);
        if (document.type() != type) {
            throw new IllegalArgumentException(file + " holds a " + document.type() + " document, expected " + type);
        }
        return castTo(document);
    }

    @SuppressWarnings("unchecked")
    private static <T> T castTo(Document<?> document) {
        return (T) document.value();
    }
}

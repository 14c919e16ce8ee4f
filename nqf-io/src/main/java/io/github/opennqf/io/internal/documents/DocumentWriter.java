package io.github.opennqf.io.internal.documents;

import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.FileFormat;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.io.WriteReport;
import io.github.opennqf.io.cfpackage.CasePackage;
import io.github.opennqf.io.elm.ElmFormat;
import io.github.opennqf.io.internal.cfpackage.CaseCodec;
import io.github.opennqf.io.internal.cfpackage.CaseMapping;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a document in any format and says what the format dropped. Thread-safe: no state. */
public final class DocumentWriter {
    private DocumentWriter() {}

    /** @throws IllegalArgumentException if the format cannot hold the document */
    public static void check(Document<?> document, FileFormat format) {
        DocumentType<?> type = document.type();
        if (!format.canWrite(type)) {
            throw new IllegalArgumentException(format.code() + " cannot hold a " + type + " document; "
                    + writers(type) + " can");
        }
        if (format == FileFormat.CASE && ((List<?>) document.value()).size() != 1) {
            throw new IllegalArgumentException("a CASE package holds one framework; this " + type + " document holds "
                    + ((List<?>) document.value()).size() + ": convert one at a time");
        }
        if (format == FileFormat.ELM && ((List<?>) document.value()).isEmpty()) {
            throw new IllegalArgumentException("the document holds no program to write");
        }
    }

    private static String writers(DocumentType<?> type) {
        List<String> names = new ArrayList<>();
        for (FileFormat f : FileFormat.values()) {
            if (f.canWrite(type)) {
                names.add(f.code());
            }
        }
        return String.join(", ", names);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static WriteReport write(Document<?> document, FileFormat format, TabularOptions tabular, OutputStream out) {
        check(document, format);
        DocumentType type = document.type();
        List<String> dropped = new ArrayList<>();
        try {
            switch (format) {
                case JSON -> NativeFormat.json().write(type, document.value(), out);
                case YAML -> NativeFormat.yaml().write(type, document.value(), out);
                case JSONL -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    JsonLines.applicants().write(document.as(DocumentType.APPLICANTS), w);
                    w.flush();
                }
                case CSV -> csv(document, tabular, out, dropped);
                case CASE -> {
                    CasePackage pkg = type == DocumentType.STANDARDS
                            ? CaseMapping.fromStandard(document.as(DocumentType.STANDARDS).get(0), dropped)
                            : CaseMapping.fromProgram(document.as(DocumentType.PROGRAMS).get(0), dropped);
                    CaseCodec.write(pkg, out);
                }
                case ELM -> {
                    return ElmFormat.jsonLd().write(document.as(DocumentType.PROGRAMS), out);
                }
                default -> throw new IllegalArgumentException(format.code() + " cannot be written");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteReport(format, dropped);
    }

    private static void csv(Document<?> document, TabularOptions options, OutputStream out, List<String> dropped)
            throws IOException {
        StringWriter text = new StringWriter();
        TabularFormat csv = TabularFormat.csv().withOptions(options);
        boolean same;
        if (document.type() == DocumentType.PROGRAMS) {
            List<EducationalProgram> programs = document.as(DocumentType.PROGRAMS);
            csv.writePrograms(programs, text);
            same = csv.readPrograms(new StringReader(text.toString()), "written").equals(programs);
        } else {
            List<ProfessionalStandard> standards = document.as(DocumentType.STANDARDS);
            csv.writeStandards(standards, text);
            same = csv.readStandards(new StringReader(text.toString()), "written").equals(standards);
        }
        if (!same) {
            dropped.add("what the tabular CSV format does not hold: it keeps ids, titles, levels, codes, concepts and"
                    + " the statements of outcomes and requirements in one language; credits, modules, passports,"
                    + " profession cards and labour functions, and other languages were not written");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.evidence.ApplicantProfile;
import io.github.opennqf.io.Document;
import io.github.opennqf.io.DocumentType;
import io.github.opennqf.io.JsonLines;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.NativeFormat;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.TabularFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads any native file by its extension: {@code .json}, {@code .yaml}/{@code .yml} (a native
 * document of any type), {@code .jsonl} (applicants, one per line) or {@code .csv} (the tabular
 * programs or standards format, told apart by the header).
 */
final class DocumentFiles {
    private DocumentFiles() {}

    /** The file kinds the tool reads and writes. */
    enum Kind {
        JSON, YAML, JSONL, CSV;

        static Kind of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return YAML;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return JSONL;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new IllegalArgumentException("cannot tell the format of " + file
                    + ": expected a name ending in .json, .yaml, .yml, .jsonl or .csv");
        }
    }

    /**
     * @return the document the file holds
     * @throws ReadException with every problem found
     */
    static Document<?> read(Path file) {
        switch (Kind.of(file)) {
            case JSON:
                return NativeFormat.json().read(file);
            case YAML:
                return NativeFormat.yaml().read(file);
            case JSONL: {
                List<ApplicantProfile> applicants = new ArrayList<>();
                JsonLines.DEFAULTS.readApplicants(file, applicants::add);
                return new Document<>(DocumentType.APPLICANTS, List.copyOf(applicants));
            }
            default:
                return isStandardsTable(file)
                        ? new Document<>(DocumentType.STANDARDS, TabularFormat.readStandards(file))
                        : new Document<>(DocumentType.PROGRAMS, TabularFormat.readPrograms(file));
        }
    }

    /** A CSV with a standard_id column holds standards; anything else is read as programs. */
    private static boolean isStandardsTable(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return false;
            }
            for (String column : header.replace("\uFEFF", "").split(",", -1)) {
                if (column.strip().replace("\"", "").equals("standard_id")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            String source = String.valueOf(file.getFileName());
            throw new ReadException(new ReadProblem(Location.document(source), ReadProblem.Reason.IO_ERROR,
                    "cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
                            : e.getMessage())), e);
        }
    }
}

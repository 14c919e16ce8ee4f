package io.github.opennqf.io.internal.documents;

import io.github.opennqf.io.FileFormat;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.io.internal.input.Utf8Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a file's format from its name and its first bytes, reading at most {@link #SNIFF} bytes.
 * Thread-safe: no state.
 */
public final class DocumentSniffer {
    /** The most bytes read to tell a format. */
    static final int SNIFF = 64 * 1024;

    private DocumentSniffer() {}

    public static FileFormat detect(Path file) {
        String source = source(file);
        if (Files.isDirectory(file)) {
            return FileFormat.ESCO;
        }
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return FileFormat.YAML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return FileFormat.JSONL;
        }
        if (name.endsWith(".csv")) {
            return FileFormat.CSV;
        }
        if (name.endsWith(".jsonld")) {
            return FileFormat.ELM;
        }
        if (name.endsWith(".json")) {
            String start = start(file);
            if (start.contains("\"CFDocument\"") || start.contains("\"CFItems\"")) {
                return FileFormat.CASE;
            }
            if (start.contains("\"@context\"")) {
                return FileFormat.ELM;
            }
            return FileFormat.JSON;
        }
        throw new ReadException(java.util.List.of(new ReadProblem(Location.document(source), Reason.UNKNOWN_VALUE, "cannot tell the format of "
                + file + ": expected a directory (an ESCO export) or a name ending in .json, .yaml, .yml, .jsonl,"
                + " .csv or .jsonld; or name the format")));
    }

    /** A CSV with a {@code standard_id} column in its header holds standards; anything else programs. */
    public static boolean isStandardsTable(Path file) {
        String start = start(file);
        int end = start.indexOf('\n');
        String header = end < 0 ? start : start.substring(0, end);
        for (String column : header.replace("\uFEFF", "").split(",", -1)) {
            if (column.strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("standard_id")) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of a UTF-8 file, at most {@link #SNIFF} bytes' worth; a UTF-16 file is refused. */
    private static String start(Path file) {
        String source = source(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file"
                    : e instanceof AccessDeniedException ? "access denied" : Problems.describe(e);
            throw new ReadException(new ReadProblem(Location.document(source), Reason.IO_ERROR, "cannot read " + file
                    + ": " + why), e);
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new ReadException(java.util.List.of(new ReadProblem(Location.at(source, 1, 1), Reason.MALFORMED_SYNTAX,
                    "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")));
        }
        StringBuilder text = new StringBuilder();
        try (Reader in = new Utf8Reader(new java.io.ByteArrayInputStream(head))) {
            char[] buffer = new char[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            // a character cut at the end of the sniffed bytes, or bytes that are not UTF-8: the reader
            // of the format reports the latter with its place; the start read so far is enough here
            if (head.length < SNIFF) {
                throw new ReadException(new ReadProblem(Location.at(source, e.line, e.column), Reason.MALFORMED_SYNTAX,
                        e.getMessage()), e);
            }
        } catch (IOException e) {
            throw new ReadException(new ReadProblem(Location.document(source), Reason.IO_ERROR, "cannot read " + file
                    + ": " + Problems.describe(e)), e);
        }
        return text.toString();
    }

    private static String source(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}

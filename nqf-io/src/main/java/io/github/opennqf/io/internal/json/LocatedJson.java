package io.github.opennqf.io.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.Problems;
import java.io.IOException;
import java.io.Reader;

/**
 * One JSON text parsed within {@link ReadLimits} into a tree whose every value keeps its line and
 * column, for readers of other JSON formats (credentials, résumés) that bind the tree themselves:
 * the same parser, limits and wording of syntax problems as the native documents. Read-only once
 * built; safe to read from several threads.
 */
public final class LocatedJson {
    private final LocatedTree tree;

    private LocatedJson(LocatedTree tree) {
        this.tree = tree;
    }

    /**
     * @param in the text, already bounded by {@link ReadLimits#maxBytes()}; not closed
     * @param source the input's name, for locations
     * @param limits depth and string-length limits
     * @return the tree
     * @throws ReadException for malformed, truncated, repeated-key or too-large input, located
     */
    public static LocatedJson parse(Reader in, String source, ReadLimits limits) {
        LocatedTree tree = new LocatedTree(source, limits.maxDepth(), limits.maxStringLength());
        ReadProblem problem;
        try (JsonParser parser = NativeDocuments.factory(NativeDocuments.Syntax.JSON, limits).createParser(in)) {
            try {
                tree.parse(parser);
                if (parser.nextToken() == null) {
                    return new LocatedJson(tree);
                }
                JsonLocation at = parser.currentTokenLocation();
                problem = new ReadProblem(new Location(source, at.getLineNr(), at.getColumnNr(), null),
                        Reason.MALFORMED_SYNTAX, "unexpected content after the end of the document");
            } catch (IOException e) {
                throw new ReadException(NativeDocuments.parseProblem(e, parser, tree, source, limits), e);
            }
        } catch (FatalReadProblem e) {
            problem = new ReadProblem(NativeDocuments.location(source, e.line, e.column, tree.current()), e.reason,
                    e.getMessage());
        } catch (IOException e) {
            problem = new ReadProblem(Location.document(source), Reason.IO_ERROR,
                    "cannot read the input: " + Problems.describe(e));
        }
        throw new ReadException(java.util.List.of(problem));
    }

    /**
     * Reads UTF-8 bytes as text within {@link ReadLimits#maxBytes()}; malformed UTF-8 is a located
     * problem, not a replacement character. A leading byte-order mark is dropped.
     *
     * @param in the bytes; not closed
     * @param source the input's name, for locations
     * @param limits the size limit
     * @return the text
     * @throws ReadException when the input is too large, not UTF-8 or cannot be read
     */
    public static String readText(java.io.InputStream in, String source, ReadLimits limits) {
        StringBuilder text = new StringBuilder();
        try {
            Reader reader = NativeDocuments.utf8(in, limits);
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ReadException(NativeDocuments.inputProblem(e, source), e);
        }
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    /**
     * Reads a UTF-8 file as text within {@link ReadLimits#maxBytes()}, as {@link #readText(java.io.InputStream,
     * String, ReadLimits)} does; the source in locations is the file's name.
     *
     * @throws ReadException when the file cannot be read, is too large or is not UTF-8
     */
    public static String readText(java.nio.file.Path file, ReadLimits limits) {
        String source = sourceName(file);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return readText(in, source, limits);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "access denied" : String.valueOf(e.getMessage());
            throw new ReadException(new ReadProblem(Location.document(source), Reason.IO_ERROR,
                    "cannot read " + file + ": " + why), e);
        }
    }

    /** @return the name a file has in locations: its file name */
    public static String sourceName(java.nio.file.Path file) {
        return String.valueOf(file.getFileName() == null ? file : file.getFileName());
    }

    /** @return the document's root value */
    public JsonNode root() {
        return tree.root();
    }

    /** @return the input's name */
    public String source() {
        return tree.source();
    }

    /**
     * @param pointer an RFC 6901 pointer into the document
     * @return its line and column, or those of its nearest existing ancestor
     */
    public Location location(String pointer) {
        return tree.location(pointer);
    }
}

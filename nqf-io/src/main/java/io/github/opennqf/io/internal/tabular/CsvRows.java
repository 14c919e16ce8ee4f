package io.github.opennqf.io.internal.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.InputTooLargeException;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.io.internal.input.Utf8Reader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of an RFC 4180 CSV input one at a time, using Jackson's {@link CsvParser}
 * without a schema (each record is a JSON array of strings). Lines come from the parser's token
 * locations, so they stay right after quoted cells that span lines.
 *
 * <p>Blank lines (a record of one blank cell) are skipped. A cell longer than
 * {@link ReadLimits#maxStringLength()} is refused by the parser itself, before it is held in
 * memory. Every failure is a {@link FatalReadProblem} located at the cell being read. Not
 * thread-safe; closing it does not close the reader it was given.
 */
public final class CsvRows implements Closeable {
    private static final String MISSING_CLOSING_QUOTE = "Missing closing quote";

    private final CsvParser parser;
    private final ReadLimits limits;
    /** The line the next cell starts on, as far as the parser has told. */
    private long nextCellLine = 1;
    /** The 1-based index, in its record, of the cell being read. */
    private int cellIndex = 1;

    private CsvRows(CsvParser parser, ReadLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /**
     * @param in the input; not closed by {@link #close()}
     * @param limits the limits; the string length limit is enforced by the parser
     * @return the record source
     */
    public static CsvRows open(Reader in, ReadLimits limits) {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        CsvMapper mapper = new CsvMapper(factory);
        try {
            CsvParser parser = (CsvParser) mapper.createParser(in);
            parser.disable(CsvParser.Feature.ALLOW_COMMENTS);
            parser.disable(CsvParser.Feature.TRIM_SPACES);
            parser.disable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
            return new CsvRows(parser, limits);
        } catch (IOException e) {
            throw new FatalReadProblem(0, 0, Reason.IO_ERROR, "cannot read the input: " + Problems.describe(e), e);
        }
    }

    /**
     * Reads the next record that is not a blank line.
     *
     * @param keep how many cells to keep; the rest are counted, not kept
     * @return the record, or {@code null} at the end of the input
     * @throws FatalReadProblem if the input cannot be read further
     */
    public @Nullable Row next(int keep) {
        while (true) {
            Row row = nextRecord(keep);
            if (row == null || !(row.cellCount() == 1 && row.cells().get(0).isBlank())) {
                return row;
            }
        }
    }

    private @Nullable Row nextRecord(int keep) {
        cellIndex = 1;
        JsonToken token = advance();
        if (token == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        long line = nextCellLine;
        int count = 0;
        if (token != JsonToken.START_ARRAY) {
            throw new FatalReadProblem(nextCellLine, 0, Reason.MALFORMED_SYNTAX,
                    "malformed CSV: unexpected " + token, null);
        }
        for (token = advance(); token != JsonToken.END_ARRAY; token = advance()) {
            if (token == null) {
                throw new FatalReadProblem(nextCellLine, cellIndex, Reason.TRUNCATED,
                        "the input ends in the middle of a record", null);
            }
            if (count == 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            if (count < keep) {
                cells.add(text());
            }
            count++;
            cellIndex = count + 1;
        }
        return new Row(line, cells, count);
    }

    private @Nullable JsonToken advance() {
        try {
            JsonToken token = parser.nextToken();
            int line = parser.currentLocation().getLineNr();
            if (line > 0) {
                nextCellLine = line;
            }
            return token;
        } catch (InputTooLargeException e) {
            throw new FatalReadProblem(nextCellLine, 0, Reason.LIMIT_EXCEEDED, e.problemMessage(), e);
        } catch (StreamConstraintsException e) {
            throw new FatalReadProblem(nextCellLine, cellIndex, Reason.LIMIT_EXCEEDED,
                    "cell " + cellIndex + " is longer than the limit of " + limits.maxStringLength()
                            + " characters (ReadLimits.maxStringLength); reading stopped", e);
        } catch (JsonEOFException e) {
            throw truncated(e);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith(MISSING_CLOSING_QUOTE)) {
                throw truncated(e);
            }
            throw new FatalReadProblem(nextCellLine, cellIndex, Reason.MALFORMED_SYNTAX,
                    "malformed CSV in cell " + cellIndex + ": " + message + "; reading stopped", e);
        } catch (Utf8Reader.MalformedUtf8Exception e) {
            throw new FatalReadProblem(e.line, e.column, Reason.MALFORMED_SYNTAX, e.getMessage() + "; reading stopped", e);
        } catch (CharacterCodingException e) {
            throw new FatalReadProblem(nextCellLine, 0, Reason.MALFORMED_SYNTAX,
                    "the input is not valid UTF-8 (" + Problems.describe(e) + "); reading stopped", e);
        } catch (IOException e) {
            throw new FatalReadProblem(nextCellLine, 0, Reason.IO_ERROR,
                    "cannot read the input: " + Problems.describe(e), e);
        }
    }

    private FatalReadProblem truncated(Exception e) {
        return new FatalReadProblem(nextCellLine, cellIndex, Reason.TRUNCATED,
                "cell " + cellIndex + " opens a quote that is never closed: the input ends inside it"
                        + " (is the file truncated?)", e);
    }

    private String text() {
        try {
            String text = parser.getText();
            return text == null ? "" : text;
        } catch (IOException e) {
            throw new FatalReadProblem(nextCellLine, cellIndex, Reason.IO_ERROR,
                    "cannot read the input: " + Problems.describe(e), e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

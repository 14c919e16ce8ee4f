package io.github.opennqf.io.internal.tabular;

import io.github.opennqf.InvalidValueException;
import io.github.opennqf.io.Location;
import io.github.opennqf.io.ReadException;
import io.github.opennqf.io.ReadLimits;
import io.github.opennqf.io.ReadProblem.Reason;
import io.github.opennqf.io.ReadProblem;
import io.github.opennqf.io.TabularOptions;
import io.github.opennqf.io.internal.input.BoundedInputStream;
import io.github.opennqf.io.internal.input.BoundedReader;
import io.github.opennqf.io.internal.input.FatalReadProblem;
import io.github.opennqf.io.internal.input.Problems;
import io.github.opennqf.io.internal.input.Utf8Reader;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The read loop of the tabular format: header, then rows streamed one at a time into a
 * {@link TableSink}, with the limits checked as it goes and every problem collected. Either every
 * row is good and the values are returned, or a {@link ReadException} carries every problem
 * found; no other exception leaves it. Thread-safe: it keeps no state between calls.
 */
public final class TabularReader {
    private TabularReader() {}

    /** Reads programs from a reader, counting characters against {@code maxBytes}. */
    public static List<EducationalProgram> programs(Reader in, String source, TabularOptions options) {
        return read(in, source, options, options.limits().maxBytes(), ProgramTable::new);
    }

    /** Reads standards from a reader, counting characters against {@code maxBytes}. */
    public static List<ProfessionalStandard> standards(Reader in, String source, TabularOptions options) {
        return read(in, source, options, options.limits().maxBytes(), StandardTable::new);
    }

    /** Reads programs from a UTF-8 file, counting bytes against {@code maxBytes}. */
    public static List<EducationalProgram> programs(Path csv, TabularOptions options) {
        return read(csv, options, ProgramTable::new);
    }

    /** Reads standards from a UTF-8 file, counting bytes against {@code maxBytes}. */
    public static List<ProfessionalStandard> standards(Path csv, TabularOptions options) {
        return read(csv, options, StandardTable::new);
    }

    private static <T> List<T> read(Path csv, TabularOptions options,
            BiFunction<Problems, ReadContext, TableSink<T>> sinks) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(options, "options");
        Path fileName = csv.getFileName();
        String source = fileName == null ? csv.toString() : fileName.toString();
        try (InputStream raw = Files.newInputStream(csv)) {
            Reader in = new Utf8Reader(new BoundedInputStream(raw, options.limits().maxBytes()));
            return read(in, source, options, Long.MAX_VALUE, sinks);
        } catch (IOException e) {
            ReadProblem problem = new ReadProblem(Location.document(source), Reason.IO_ERROR,
                    "cannot read " + csv + ": " + describe(e));
            throw new ReadException(problem, e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return Problems.describe(e);
    }

    private static <T> List<T> read(Reader in, String source, TabularOptions options, long charLimit,
            BiFunction<Problems, ReadContext, TableSink<T>> sinks) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "sourceName");
        Objects.requireNonNull(options, "options");
        ReadLimits limits = options.limits();
        Problems problems = new Problems(source, limits.maxProblems());
        ReadContext context = new ReadContext(options);
        TableSink<T> sink = sinks.apply(problems, context);
        long line = 1;
        try (CsvRows rows = CsvRows.open(new BoundedReader(in, charLimit), limits)) {
            Row headerRow = rows.next(Header.MAX_COLUMNS);
            if (headerRow == null) {
                problems.add(1, 0, Reason.MISSING_FIELD, "the input is empty: expected a header row with the columns "
                        + String.join(",", sink.requiredColumns()));
                throw problems.exception();
            }
            Header header = Header.read(headerRow, sink.requiredColumns(), problems);
            if (header == null) {
                throw problems.exception();
            }
            long records = 0;
            while (!problems.full()) {
                Row row = rows.next(header.size());
                if (row == null) {
                    break;
                }
                line = row.line();
                if (++records > limits.maxRecords()) {
                    problems.add(row.line(), 0, Reason.LIMIT_EXCEEDED, "more than " + limits.maxRecords()
                            + " records (ReadLimits.maxRecords); reading stopped");
                    break;
                }
                if (row.cellCount() != header.size()) {
                    int column = Math.min(row.cellCount(), header.size()) + 1;
                    problems.add(row.line(), column, Reason.MALFORMED_SYNTAX, "the row has " + row.cellCount()
                            + (row.cellCount() == 1 ? " cell" : " cells") + " but the header has "
                            + header.size() + " columns");
                    continue;
                }
                try {
                    sink.accept(new RowFields(header, row, problems, context));
                } catch (InvalidValueException e) {
                    problems.add(row.line(), 0, Reason.INVALID_VALUE, e.getMessage(), e);
                }
            }
        } catch (FatalReadProblem e) {
            problems.add(e.line, e.column, e.reason, e.getMessage(), e.getCause());
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            problems.add(line, 0, Reason.IO_ERROR, "cannot read the input: " + Problems.describe(e), e);
        } catch (RuntimeException e) {
            problems.add(line, 0, Reason.MALFORMED_SYNTAX,
                    "unexpected internal error while reading: " + e, e);
        }
        if (problems.isEmpty()) {
            try {
                return sink.results();
            } catch (RuntimeException e) {
                problems.add(line, 0, Reason.INVALID_VALUE, "unexpected internal error while building the"
                        + " values: " + e, e);
            }
        }
        throw problems.exception();
    }
}

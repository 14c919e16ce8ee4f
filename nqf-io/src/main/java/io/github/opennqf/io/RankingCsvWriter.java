package io.github.opennqf.io;

import io.github.opennqf.io.internal.report.ReportCsv;
import io.github.opennqf.matching.Ranking;
import java.io.Closeable;
import java.util.Objects;

/**
 * Writes rankings as CSV one at a time ({@code query_id,rank,candidate_id,score}), from
 * {@link MatchReports#rankingCsv}: the header when made, each ranking's rows when it is given, the
 * same bytes as {@link MatchReports#writeCsv(java.util.Collection, java.io.Writer)} writes for the
 * same rankings in the same order. Rows are buffered; {@link #close} flushes them to the target
 * and leaves the target open.
 *
 * <p>Not thread-safe: one thread writes (rankings may be made on many). A {@code null} ranking gets
 * a {@link NullPointerException} and writes nothing; the rows written before it stay written, so
 * write to a temporary file (as {@link OutputFile} does) when a failure must leave nothing behind.
 *
 * @since 0.1.0
 */
public final class RankingCsvWriter implements Closeable {
    private final ReportCsv.RankingRows rows;
    private boolean closed;

    RankingCsvWriter(ReportCsv.RankingRows rows) {
        this.rows = rows;
    }

    /**
     * Writes one ranking's rows: a row per candidate, ranks from 1.
     *
     * @param ranking the ranking
     * @throws IllegalStateException if this writer is closed
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void write(Ranking ranking) {
        Objects.requireNonNull(ranking, "ranking");
        if (closed) {
            throw new IllegalStateException("the ranking CSV writer is closed");
        }
        rows.write(ranking);
    }

    /**
     * Flushes the rows to the target, which stays open; closing again does nothing.
     *
     * @throws java.io.UncheckedIOException if flushing fails
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            rows.close();
        }
    }
}

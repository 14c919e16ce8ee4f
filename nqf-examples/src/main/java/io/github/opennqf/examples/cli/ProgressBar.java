package io.github.opennqf.examples.cli;

import io.github.opennqf.matching.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second. Thread-safe.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    @Override
    public synchronized void onProgress(long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        double seconds = (now - start) / 1e9;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s %.1fs", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, unit, seconds);
        err.flush();
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}

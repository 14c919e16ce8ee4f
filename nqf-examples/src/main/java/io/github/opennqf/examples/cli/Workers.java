package io.github.opennqf.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} and {@code --[no-]progress} options of the commands that match in
 * parallel ({@code rank}, {@code report}), as a picocli mixin.
 */
final class Workers {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    @Nullable Integer threads;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on standard error "
            + "(default: when standard error is a terminal and the run is long enough to need one).")
    @Nullable Boolean progress;

    /**
     * @return the number of worker threads
     * @throws CommandLine.ParameterException if {@code --threads} is below 1
     */
    int threads(CommandLine commandLine) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, was " + n);
        }
        return n;
    }

    /**
     * @param threads how many
     * @return a pool of that many daemon worker threads; the caller shuts it down
     */
    java.util.concurrent.ExecutorService pool(int threads) {
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "opennqf-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param longRun whether the run is long enough for a progress bar by default
     * @return a progress bar on standard error, or {@code null} when there should be none
     */
    @Nullable ProgressBar progressBar(CommandLine commandLine, boolean longRun, String unit) {
        boolean show = progress != null ? progress : System.console() != null && longRun;
        return show ? new ProgressBar(commandLine.getErr(), unit) : null;
    }
}

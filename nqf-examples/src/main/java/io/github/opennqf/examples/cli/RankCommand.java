package io.github.opennqf.examples.cli;

import io.github.opennqf.io.MatchReports;
import io.github.opennqf.io.RankingCsvWriter;
import io.github.opennqf.matching.CandidateScore;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import io.github.opennqf.matching.Ranking;
import io.github.opennqf.program.EducationalProgram;
import io.github.opennqf.standard.ProfessionalStandard;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf rank}: ranks standards for each program (or programs for each standard) and
 * writes {@code query_id,rank,candidate_id,score}, one row per ranked candidate, with
 * {@link MatchReports#writeCsv(java.util.Collection, Writer)}.
 */
@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank professional standards for each educational program (or programs for each standard) "
                + "and write query_id,rank,candidate_id,score as CSV.")
final class RankCommand implements Callable<Integer> {
    enum Direction {
        PROGRAM_TO_STANDARD, STANDARD_TO_PROGRAM
    }

    enum Similarity {
        LEXICAL, HYBRID
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    MatchInputs inputs = new MatchInputs();

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Candidates per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--direction", defaultValue = "program-to-standard", paramLabel = "DIR",
            converter = DirectionConverter.class,
            description = "program-to-standard or standard-to-program (default: ${DEFAULT-VALUE}).")
    Direction direction;

    @Option(names = "--similarity", defaultValue = "lexical", paramLabel = "KIND", converter = SimilarityConverter.class,
            description = "lexical, or hybrid (lexical + the all-MiniLM-L6-v2 sentence model, English only) "
                    + "(default: ${DEFAULT-VALUE}).")
    Similarity similarity;

    @Option(names = "--standards-index", paramLabel = "FILE",
            description = "A saved matcher (from opennqf index) to use instead of --standards: the standards are loaded, "
                    + "not compiled again; with --similarity hybrid it must have been saved hybrid.")
    java.nio.file.@org.jspecify.annotations.Nullable Path standardsIndex;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the ranking CSV; - for standard output.")
    String output;

    @CommandLine.Mixin
    Workers workers = new Workers();

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        int threads = workers.threads(spec.commandLine());
        if (standardsIndex != null && inputs.standards != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --standards or --standards-index, not both");
        }
        List<EducationalProgram> programList;
        Matcher matcher;
        if (direction == Direction.PROGRAM_TO_STANDARD) {
            // the standards are read and compiled (or loaded) on another thread while the programs
            // are read; a bad programs file is still the error reported, as when read first
            ExecutorService side = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "opennqf-standards");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Future<Matcher> standardsSide = side.submit(() -> matcher(List.of()));
                try {
                    programList = inputs.readPrograms();
                } catch (IOException | RuntimeException e) {
                    standardsSide.cancel(true);
                    throw e;
                }
                matcher = joined(standardsSide);
            } finally {
                side.shutdown();
            }
        } else {
            programList = inputs.readPrograms();
            matcher = matcher(programList);
        }
        List<ProfessionalStandard> standardList = matcher.standards();
        int queries = direction == Direction.PROGRAM_TO_STANDARD ? programList.size() : standardList.size();
        ProgressBar bar = workers.progressBar(spec.commandLine(), queries >= 50, "queries");

        Matcher finalMatcher = matcher;
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<CandidateScore>>> futures = new ArrayList<>();
            for (int q = 0; q < queries; q++) {
                int query = q;
                futures.add(pool.submit(() -> {
                    List<CandidateScore> best = direction == Direction.PROGRAM_TO_STANDARD
                            ? finalMatcher.scoreStandards(programList.get(query), top)
                            : finalMatcher.scorePrograms(standardList.get(query), top);
                    if (bar != null) {
                        bar.onProgress(done.incrementAndGet(), queries);
                    }
                    return best;
                }));
            }
            write(futures, programList, standardList);
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.finish();
            }
        }
        return 0;
    }

    /**
     * Writes the rankings in query order. Into a file they are written as each is made, while the
     * workers make the next (the file appears, whole, only when all are written); to standard
     * output only once all are made, so that a failure prints no partial ranking.
     */
    private void write(List<Future<List<CandidateScore>>> futures, List<EducationalProgram> programList,
            List<ProfessionalStandard> standardList) throws IOException, InterruptedException {
        if (output.equals("-")) {
            List<Ranking> rankings = new ArrayList<>(futures.size());
            for (int q = 0; q < futures.size(); q++) {
                rankings.add(ranking(q, futures.get(q), programList, standardList));
            }
            MatchReports.defaults().writeCsv(rankings, spec.commandLine().getOut());
            return;
        }
        try {
            // atomic replacement of a regular file, a stream into a FIFO or device, nothing partial left behind
            io.github.opennqf.io.OutputFile.of(Path.of(output)).write(stream -> {
                Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                try (RankingCsvWriter csv = MatchReports.defaults().rankingCsv(writer)) {
                    for (int q = 0; q < futures.size(); q++) {
                        csv.write(ranking(q, futures.get(q), programList, standardList));
                    }
                } catch (InterruptedException e) {
                    throw new Interrupted(e);
                }
                writer.flush();
            });
        } catch (Interrupted e) {
            throw e.cause;
        }
    }

    /** @return the ranking of query {@code q} once made, its worker's failure rethrown as thrown */
    private Ranking ranking(int q, Future<List<CandidateScore>> future, List<EducationalProgram> programList,
            List<ProfessionalStandard> standardList) throws IOException, InterruptedException {
        String queryId = direction == Direction.PROGRAM_TO_STANDARD ? programList.get(q).id() : standardList.get(q).code();
        return new Ranking(queryId, joined(future), List.of());
    }

    /** Carries an interruption out of the output callback. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InterruptedException cause;

        Interrupted(InterruptedException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /**
     * The matcher: loaded from {@code --standards-index}, or compiled from {@code --standards}
     * with the given programs as candidates (ranked for each standard).
     */
    private Matcher matcher(List<EducationalProgram> candidates) throws IOException {
        if (standardsIndex != null) {
            Matcher loaded = Matcher.loader().embedder(similarity == Similarity.HYBRID ? HybridSupport.embedder() : null)
                    .load(standardsIndex);
            return candidates.isEmpty() ? loaded : loaded.withPrograms(candidates);
        }
        Matcher.Builder builder = Matcher.builder().config(MatchingConfig.DEFAULTS).standards(inputs.readStandards(spec.commandLine()));
        if (similarity == Similarity.HYBRID) {
            builder.embedder(HybridSupport.embedder());
        }
        // programs are compiled only as candidates; term statistics come from the standards either way
        return (candidates.isEmpty() ? builder : builder.programs(candidates)).build();
    }

    /** @return the future's value, its failure rethrown as it was thrown */
    private static <T> T joined(Future<T> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    static final class DirectionConverter implements CommandLine.ITypeConverter<Direction> {
        @Override
        public Direction convert(String value) {
            return switch (value) {
                case "program-to-standard" -> Direction.PROGRAM_TO_STANDARD;
                case "standard-to-program" -> Direction.STANDARD_TO_PROGRAM;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a direction; use program-to-standard or standard-to-program");
            };
        }
    }

    static final class SimilarityConverter implements CommandLine.ITypeConverter<Similarity> {
        @Override
        public Similarity convert(String value) {
            return switch (value) {
                case "lexical" -> Similarity.LEXICAL;
                case "hybrid" -> Similarity.HYBRID;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not a similarity; use lexical or hybrid");
            };
        }
    }
}

package io.github.opennqf.examples.cli;

import io.github.opennqf.io.OutputFile;
import io.github.opennqf.io.TabularFormat;
import io.github.opennqf.matching.Matcher;
import io.github.opennqf.matching.MatchingConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opennqf index}: compiles standards once and saves the matcher, so that {@code rank
 * --standards-index} and services load it instead of analysing (and embedding) the standards again.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Compile professional standards once and save the matcher (text index, settings and, with "
                + "--similarity hybrid, the embeddings) for rank --standards-index.")
final class IndexCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--standards", required = true, paramLabel = "FILE", description = "Standards CSV (tabular format).")
    Path standards;

    @Option(names = "--similarity", defaultValue = "lexical", paramLabel = "KIND",
            converter = RankCommand.SimilarityConverter.class,
            description = "lexical, or hybrid (also saves the all-MiniLM-L6-v2 embeddings) (default: ${DEFAULT-VALUE}).")
    RankCommand.Similarity similarity;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The saved matcher to write (replaced atomically).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Matcher.Builder builder = Matcher.builder().config(MatchingConfig.DEFAULTS)
                .standards(TabularFormat.csv().readStandards(standards));
        if (similarity == RankCommand.Similarity.HYBRID) {
            builder.embedder(HybridSupport.embedder());
        }
        Matcher matcher = builder.build();
        // the same safe writing as every other output: atomic for a regular file, nothing partial left
        OutputFile.of(output).write(matcher::save);
        spec.commandLine().getErr().printf(Locale.ROOT, "saved %d standards (%s) to %s%n", matcher.standards().size(),
                similarity == RankCommand.Similarity.HYBRID ? "hybrid" : "lexical", output);
        return 0;
    }
}

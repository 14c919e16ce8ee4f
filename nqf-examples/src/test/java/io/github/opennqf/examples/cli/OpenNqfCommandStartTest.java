package io.github.opennqf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The start-up path that builds only the named subcommand behaves as the whole command tree. */
class OpenNqfCommandStartTest {
    /** Output, error output and exit code of one run. */
    private record Outcome(String out, String err, int code) {}

    private interface Factory {
        CommandLine make(PrintWriter out, PrintWriter err);
    }

    private static Outcome run(Factory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = factory.make(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Outcome(out.toString(), err.toString(), code);
    }

    static List<List<String>> arguments() {
        return List.of(
                List.of("rank", "--help"),
                List.of("rank", "--version"),
                List.of("rank"),
                List.of("rank", "--bogus"),
                List.of("rank", "--programs", "no-such-file.csv", "--output", "-", "--top", "0"),
                List.of("levels", "--framework", "kz-nqf"),
                List.of("levels", "--framework", "eqf:2017"),
                List.of("validate", "--help"),
                List.of("rnk"),
                List.of("--version"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void sameOutputAndExitCodeAsTheWholeTree(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);
        Outcome whole = run(OpenNqfCommand::commandLine, args);
        Outcome started = run((out, err) -> OpenNqfCommand.commandLine(args, out, err), args);
        assertThat(started).isEqualTo(whole);
    }

    @Test
    void buildsOnlyTheNamedSubcommand() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertThat(OpenNqfCommand.commandLine(new String[] {"rank", "--help"}, sink, sink).getSubcommands())
                .containsOnlyKeys("rank");
        assertThat(OpenNqfCommand.commandLine(new String[] {"--help"}, sink, sink).getSubcommands())
                .containsKeys("rank", "levels", "validate", "index")
                .hasSizeGreaterThan(5);
        assertThat(OpenNqfCommand.commandLine(new String[] {"ranking"}, sink, sink).getSubcommands())
                .hasSizeGreaterThan(5);
    }
}

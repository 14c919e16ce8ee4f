package io.github.opennqf.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opennqf} command-line tool: {@code java -jar nqf-examples/target/opennqf.jar <command>}.
 * Errors in user input are printed without a stack trace and give a non-zero exit code.
 */
@Command(name = "opennqf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "OpenNQF: qualifications frameworks, professional standards and educational programs.",
        subcommands = {RankCommand.class, IndexCommand.class, ReportCommand.class, ValidateCommand.class,
                ConvertCommand.class, LevelsCommand.class, DesignCommand.class, QaCommand.class, EffortCommand.class,
                ScoreApplicantsCommand.class, DemoCommand.class})
public final class OpenNqfCommand implements Runnable {
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with OpenNQF's error handling: {@link io.github.opennqf.NqfException}s
     * are user errors, printed as a message with exit code 1.
     *
     * @param out standard output
     * @param err standard error
     * @return the configured command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new OpenNqfCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof io.github.opennqf.NqfException || e instanceof java.io.IOException
                    || e instanceof java.io.UncheckedIOException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("opennqf: " + e.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cl;
    }

    /**
     * Runs the tool.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator (validation on read) announces itself at INFO through java.util.logging;
        // a command-line tool's output is its own.
        QUIET.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

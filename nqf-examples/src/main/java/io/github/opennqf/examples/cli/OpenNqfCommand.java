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
        return configure(new CommandLine(new OpenNqfCommand()), out, err);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, a root with only
     * that subcommand, which parses and runs them exactly as {@link #commandLine} would (picocli
     * builds the model of every declared subcommand by reflection, a good part of a second of
     * start-up CPU, and the others take no part); otherwise the whole tree, for the tool's own
     * help, version and suggestions.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the configured command line
     */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0) {
            for (Class<?> type : OpenNqfCommand.class.getAnnotation(Command.class).subcommands()) {
                Command sub = type.getAnnotation(Command.class);
                if (sub.name().equals(args[0]) || java.util.Arrays.asList(sub.aliases()).contains(args[0])) {
                    CommandLine root = new CommandLine(CommandLine.Model.CommandSpec
                            .wrapWithoutInspection(new OpenNqfCommand()).name(OpenNqfCommand.class.getAnnotation(Command.class).name()));
                    root.addSubcommand(sub.name(), new CommandLine(type), sub.aliases());
                    return configure(root, out, err);
                }
            }
        }
        return commandLine(out, err);
    }

    private static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
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
        int code = commandLine(args, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

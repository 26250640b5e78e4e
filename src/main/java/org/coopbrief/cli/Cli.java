package org.coopbrief.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the command line: parses, dispatches, and turns every outcome into an exit code. */
public final class Cli {

    private Cli() {}

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(new CoopbriefCommand(), out, err).execute(args);
    }

    /** A command line with coopbrief's exit codes and one-line error messages (also for scheduled commands). */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setUsageHelpWidth(100)
                .setExitCodeExceptionMapper(ExitCode::of)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("coopbrief: " + ExitCode.message(e));
                    return ExitCode.of(e);
                });
    }
}

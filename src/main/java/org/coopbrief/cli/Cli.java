package org.coopbrief.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Entry point of the command line: parses, dispatches, and turns every outcome into an exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new CoopbriefCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("coopbrief: " + Messages.rootMessage(e));
                    return ExitCode.JOB_FAILED;
                });
        return cli.execute(args);
    }
}

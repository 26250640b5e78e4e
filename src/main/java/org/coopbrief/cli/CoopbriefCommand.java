package org.coopbrief.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "coopbrief",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Batch reports and exports on international cooperation: loads the data, computes"
                + " comparisons, writes Excel workbooks and PDF briefings.",
        subcommands = {
            RunCommand.class,
            IngestCommand.class,
            CompareCommand.class,
            HistoryCommand.class,
            RestartCommand.class,
            ScheduleCommand.class,
            DeliverCommand.class,
            WorkerCommand.class
        },
        footer = {
            "",
            "Exit codes:",
            "  0  success",
            "  1  the job failed (restart it once the cause is fixed)",
            "  2  usage or configuration error; nothing was started",
            "  3  another run is in progress; nothing was started",
            "  4  completed, but input rows were rejected",
            "  5  nothing to do: the run already completed",
            "  6  stopped on request (SIGTERM, Ctrl-C); the same command continues it",
            "  7  reports complete, but some deliveries failed (see: coopbrief deliver RUN)"
        })
class CoopbriefCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}

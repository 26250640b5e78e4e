package org.coopbrief.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = {
            "Restarts a failed or stopped job execution (ids: see 'history'). It continues from the failed"
                    + " step and its last committed chunk, with the same parameters."
        })
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Parameters(paramLabel = "EXECUTION_ID", description = "Id of the execution to restart.")
    long executionId;

    @Override
    public Integer call() throws Exception {
        return JobLauncher.launch(
                quiet.quiet,
                Contexts.STANDALONE,
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                runner -> runner.restart(executionId));
    }
}

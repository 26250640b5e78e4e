package org.coopbrief.cli;

import java.util.concurrent.Callable;

import org.coopbrief.ingest.IngestJobConfiguration;
import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the input CSV files into the database, replacing the previous dataset.",
            "Invalid rows are rejected with file, line, field and reason (on the terminal and in"
                    + " reports/ingest/<run>/rejects.csv); the valid rows are loaded. A missing, empty, non-UTF-8"
                    + " or wrongly headed file stops the load and leaves the previous dataset as it was."
        })
class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Mixin
    InputOption input = new InputOption();

    Contexts contexts = Contexts.STANDALONE;

    @Override
    public Integer call() throws Exception {
        return JobLauncher.launch(
                quiet.quiet,
                contexts,
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                runner -> runner.start(
                        IngestJobConfiguration.JOB_NAME,
                        new JobParametersBuilder()
                                .addString(
                                        RunParameters.INPUT,
                                        input.resolve(runner.properties().resolvedInputDir())
                                                .toString())
                                .addLong("launch", System.currentTimeMillis())
                                .toJobParameters()));
    }
}

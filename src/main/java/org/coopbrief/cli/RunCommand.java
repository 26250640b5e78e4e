package org.coopbrief.cli;

import java.util.concurrent.Callable;

import org.coopbrief.pipeline.PipelineJobConfiguration;
import org.coopbrief.pipeline.RunParameterResolver;
import org.coopbrief.pipeline.RunParameters;
import org.coopbrief.system.JobRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline: loads the input, then writes the reports into",
                "reports/<period>/<run>/ with a manifest.json.",
                "A run is identified by period, as-of date, languages, reporter, partners and revision:",
                "the same command again finds the run complete (exit 5), or continues it if it failed.",
                "--rerun makes a new revision."})
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOption input = new InputOption();

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "latest",
            description = "Report period: a year, latest (the latest year with trade data in the input)"
                    + " or previous-year (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "As-of date for target status (default: the end of the latest period in the input).")
    String asOf;

    @Option(names = "--lang", paramLabel = "LANGS", defaultValue = "en",
            description = "Languages of the briefings: en, ru or en,ru (default: ${DEFAULT-VALUE}).")
    String languages;

    @Option(names = "--reporter", paramLabel = "CODE", defaultValue = "BY",
            description = "Reporter entity code (default: ${DEFAULT-VALUE}).")
    String reporter;

    @Option(names = "--partners", paramLabel = "CODES",
            description = "Partner selection, comma-separated entity codes (default: all).")
    String partners;

    @Option(names = "--rerun", description = "Run again as a new revision even if this run completed.")
    boolean rerun;

    Contexts contexts = Contexts.STANDALONE;

    @Override
    public Integer call() {
        return JobCommandSupport.launch(contexts, spec.commandLine().getOut(), spec.commandLine().getErr(), runner -> {
            RunParameters resolved = RunParameterResolver.resolve(input.resolve(runner.properties().resolvedInputDir()),
                    period, asOf, languages, reporter, partners);
            long revision = runner.revisionFor(PipelineJobConfiguration.JOB_NAME,
                    r -> resolved.withRevision(r).toJobParameters(), rerun);
            RunParameters params = resolved.withRevision(revision);
            try {
                return runner.start(PipelineJobConfiguration.JOB_NAME, params.toJobParameters());
            } catch (JobRunner.AlreadyCompleteException e) {
                throw new JobRunner.AlreadyCompleteException("already complete: the run for " + params.describe()
                        + " completed as execution " + e.completed().getId() + " (run " + e.completed().getJobInstance().getInstanceId()
                        + "); add --rerun to make revision " + (revision + 1), e.completed());
            }
        });
    }
}

package org.coopbrief.cli;

import java.util.concurrent.Callable;

import org.coopbrief.analysis.AnalysisParameters;
import org.coopbrief.ingest.IngestParameters;
import org.coopbrief.ingest.RunLabel;
import org.coopbrief.pipeline.PipelineJobConfiguration;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on the input data: load (as 'ingest'), then the comparisons",
                "(stored under their parameters: a re-run with the same ones replaces them), then the reports.",
                "Writes into reports/<label>/<run>/."})
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOption input = new InputOption();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = "--partners", paramLabel = "CODES", split = ",",
            description = "Partners to compare, a comma list of entity codes (default: all of the reporter's partners).")
    java.util.List<String> partners;

    @Override
    public Integer call() {
        String problem = analysis.problem();
        if (problem != null) {
            spec.commandLine().getErr().println("coopbrief: " + problem);
            return ExitCode.USAGE;
        }
        return JobCommandSupport.launch(spec.commandLine().getOut(), spec.commandLine().getErr(), runner -> {
            var properties = runner.properties();
            JobParametersBuilder parameters = new JobParametersBuilder()
                    .addString(IngestParameters.INPUT, input.resolve(properties.resolvedInputDir()).toString())
                    .addLong("launch", System.currentTimeMillis())
                    .addString(RunLabel.PARAMETER, "run", false);
            // absent options stay absent: the analysis step resolves their defaults from the loaded data
            addIfGiven(parameters, AnalysisParameters.AS_OF, analysis.asOf);
            addIfGiven(parameters, AnalysisParameters.PERIOD, analysis.period);
            addIfGiven(parameters, AnalysisParameters.REPORTER, analysis.reporter);
            addIfGiven(parameters, AnalysisParameters.PARTNERS, partners == null ? null
                    : String.join(",", partners.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
            return runner.start(PipelineJobConfiguration.JOB_NAME, parameters.toJobParameters());
        });
    }

    private static void addIfGiven(JobParametersBuilder parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.addString(name, value.strip());
        }
    }
}

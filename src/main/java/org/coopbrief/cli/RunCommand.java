package org.coopbrief.cli;

import java.util.concurrent.Callable;

import org.coopbrief.export.pdf.BriefingParameters;
import org.coopbrief.ingest.IngestParameters;
import org.coopbrief.ingest.RunLabel;
import org.coopbrief.localisation.Language;
import org.coopbrief.pipeline.PipelineJobConfiguration;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on the input data: load (as 'ingest'), then the reports.",
                "Writes into reports/<label>/<run>/: the reject report and the PDF briefings."})
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOption input = new InputOption();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language(s) of the PDF briefings: en, ru, or en,ru for both (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
        try {
            Language.parseList(lang);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("coopbrief: --lang: " + e.getMessage());
            return ExitCode.USAGE;
        }
        return JobCommandSupport.launch(spec.commandLine().getOut(), spec.commandLine().getErr(), runner -> {
            var properties = runner.properties();
            return runner.start(PipelineJobConfiguration.JOB_NAME, new JobParametersBuilder()
                    .addString(IngestParameters.INPUT, input.resolve(properties.resolvedInputDir()).toString())
                    .addLong("launch", System.currentTimeMillis())
                    .addString(RunLabel.PARAMETER, "run", false)
                    .addString(BriefingParameters.LANG, lang.strip(), false)
                    .toJobParameters());
        });
    }
}

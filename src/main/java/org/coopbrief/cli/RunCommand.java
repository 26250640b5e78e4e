package org.coopbrief.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopbrief.delivery.DeliveryCheck;
import org.coopbrief.ingest.InputFacts;
import org.coopbrief.localisation.Language;
import org.coopbrief.pipeline.PipelineJobConfiguration;
import org.coopbrief.run.DataFacts;
import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunParameters;
import org.coopbrief.run.RunRequest;
import org.coopbrief.system.JobRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs the whole pipeline: loads the input, computes the comparisons, then writes the workbook"
                    + " and the briefings into reports/<period>/<run>/ with a manifest.json.",
            "A run is identified by period, as-of date, languages, reporter, partners and revision: the same"
                    + " command again finds the run complete (exit 5), or continues it if it failed."
                    + " --rerun makes a new revision. Values that do not fit the input (an unknown code, a"
                    + " period without data) are refused before anything is touched (exit 2)."
        })
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOption input = new InputOption();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(
            names = "--lang",
            paramLabel = "LANGS",
            split = ",",
            converter = Converters.LanguageConverter.class,
            description = "Languages of the briefings: en, ru or en,ru. Default: the setting coopbrief.languages"
                    + " (en). Runs of all partners in those languages are the series reports/<period>/latest"
                    + " follows; other selections get their folder but move no link.")
    List<Language> languages = new ArrayList<>();

    @Option(
            names = "--partners",
            paramLabel = "CODES",
            split = ",",
            description =
                    "Partner selection, comma-separated entity codes (each with its regions and cities). Default: all.")
    List<String> partners = new ArrayList<>();

    @Option(names = "--rerun", description = "Run again as a new revision even if this run completed.")
    boolean rerun;

    @Option(
            names = "--deliver",
            paramLabel = "MODE",
            defaultValue = "send",
            converter = Converters.DeliveryModeConverter.class,
            description = "With recipients configured (coopbrief.delivery): send (default) mails the files once the"
                    + " reports are complete; dry-run writes each message as an .eml file in the run folder and sends"
                    + " nothing; off delivers nothing.")
    DeliveryMode deliver = DeliveryMode.SEND;

    Contexts contexts = Contexts.STANDALONE;

    @Override
    public Integer call() throws Exception {
        return JobLauncher.launch(
                contexts, spec.commandLine().getOut(), spec.commandLine().getErr(), (runner, context) -> {
                    var inputDir = input.resolve(runner.properties().resolvedInputDir());
                    RunRequest request = new RunRequest(
                            selection.period,
                            selection.asOf,
                            languages.isEmpty() ? configuredLanguages(runner) : languages,
                            selection.reporter,
                            partners,
                            inputDir);
                    DataFacts facts = InputFacts.read(inputDir);
                    RunParameters resolved = request.resolve(facts);
                    // recipients, their partners and languages, the SMTP server: refused before anything is written
                    context.getBean(DeliveryCheck.class).check(resolved, facts, deliver);
                    long revision = runner.revisionFor(
                            PipelineJobConfiguration.JOB_NAME,
                            r -> resolved.withRevision(r).toJobParameters(),
                            rerun);
                    RunParameters params = resolved.withRevision(revision);
                    try {
                        return runner.start(PipelineJobConfiguration.JOB_NAME, params.toJobParameters(deliver));
                    } catch (JobRunner.AlreadyCompleteException e) {
                        throw new JobRunner.AlreadyCompleteException(
                                "already complete: the run for " + params.describe()
                                        + " completed as execution "
                                        + e.completed().getId() + " (run "
                                        + e.completed().getJobInstance().getInstanceId()
                                        + "); add --rerun to make revision "
                                        + (revision + 1),
                                e.completed());
                    }
                });
    }

    /** Checked when the context starts (the manifest step reads them too), so this cannot fail here. */
    private static List<Language> configuredLanguages(JobRunner runner) {
        return Language.parseList(runner.properties().languages());
    }
}

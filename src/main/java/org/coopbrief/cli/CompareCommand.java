package org.coopbrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisService;
import org.coopbrief.analysis.Changes;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints one partner's comparisons on the loaded data: every period's value in USD million"
                    + " (~ approximate), the previous comparable period, absolute and percent change, stated growth,"
                    + " share and rank; then its targets with their status, and the data-quality findings.",
            "Reads the data loaded by 'ingest' or 'run' and stores nothing. The period, as-of date and"
                    + " reporter are resolved by the same rule as 'run'."
        })
class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--partner",
            required = true,
            paramLabel = "CODE",
            description = "The partner's entity code (GE, KZ, RU-STA...); its regions and cities are included.")
    String partner;

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = Converters.LanguageConverter.class,
            description = "Language of the output: en or ru. Default: ${DEFAULT-VALUE}.")
    Language language = Language.EN;

    @Option(
            names = "--since",
            paramLabel = "RUN",
            description = "Also list what is new since run RUN (an id from 'coopbrief history'), from what that run"
                    + " saw: new, revised and withdrawn figures, new and changed targets, status changes, new events"
                    + " and data-quality findings, for this partner.")
    Long since;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return Contexts.STANDALONE.with(context -> {
            AnalysisService analysis = context.getBean(AnalysisService.class);
            if (!analysis.hasData()) {
                throw new IllegalArgumentException(
                        "no data loaded yet; load it first with: coopbrief run (or coopbrief ingest)");
            }
            DatasetReader data = context.getBean(DatasetReader.class);
            AnalysisReport report = analysis.compute(selection.period, selection.asOf, selection.reporter, partner);
            // checked before anything is printed: an unknown run is a usage error
            Changes changes = since == null ? null : analysis.changesSince(since, report);
            ComparisonPrinter printer = new ComparisonPrinter(
                    out, Texts.of(language), data.entities(), data.targets(), data.russianItems());
            printer.print(report, partner);
            if (changes != null) {
                printer.changes(changes, since);
            }
            return ExitCode.OK;
        });
    }
}

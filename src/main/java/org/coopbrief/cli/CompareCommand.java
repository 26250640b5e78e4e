package org.coopbrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coopbrief.analysis.AnalysisService;

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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return Contexts.STANDALONE.with(context -> {
            AnalysisService analysis = context.getBean(AnalysisService.class);
            if (!analysis.hasData()) {
                throw new IllegalArgumentException(
                        "no data loaded yet; load it first with: coopbrief run (or coopbrief ingest)");
            }
            new ComparisonPrinter(out)
                    .print(analysis.compute(selection.period, selection.asOf, selection.reporter, partner), partner);
            return ExitCode.OK;
        });
    }
}

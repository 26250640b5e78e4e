package org.coopbrief.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisService;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Prints one partner's comparisons on the loaded data: every period's value in USD million",
                "(~ approximate), the previous comparable period, absolute and percent change, stated growth,",
                "share and rank; then its targets with their status, and the data-quality findings.",
                "Reads the data loaded by 'ingest' or 'run'; stores nothing."})
class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--partner", required = true, paramLabel = "CODE",
            description = "The partner's entity code (GE, KZ, RU-STA...); its regions and cities are included.")
    String partner;

    @Mixin
    AnalysisOptions options = new AnalysisOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem();
        if (problem != null) {
            err.println("coopbrief: " + problem);
            return ExitCode.USAGE;
        }
        ConfigurableApplicationContext context;
        try {
            context = ApplicationStarter.start();
        } catch (RuntimeException e) {
            err.println("coopbrief: configuration error: " + Messages.rootMessage(e));
            return ExitCode.USAGE;
        }
        try (context) {
            AnalysisService analysis = context.getBean(AnalysisService.class);
            if (!analysis.hasData()) {
                err.println("coopbrief: no data loaded yet; load it first with: coopbrief run (or coopbrief ingest)");
                return ExitCode.USAGE;
            }
            if (analysis.entity(partner).isEmpty()) {
                err.println("coopbrief: unknown partner code '" + partner + "' (not in the loaded entities; see input/entities.csv)");
                return ExitCode.USAGE;
            }
            AnalysisReport report;
            try {
                report = analysis.compute(options.asOf, options.period, options.reporter, partner);
            } catch (IllegalArgumentException e) {
                err.println("coopbrief: " + e.getMessage());
                return ExitCode.USAGE;
            }
            new ComparisonPrinter(out).print(report, partner);
            return ExitCode.OK;
        }
    }
}

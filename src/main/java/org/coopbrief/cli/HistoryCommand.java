package org.coopbrief.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopbrief.delivery.Deliveries;
import org.coopbrief.system.RunHistory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Lists recent job executions, newest first: id, job, parameters, status, start, end,"
                + " and the read/write/skip counts summed over their steps.")
class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-n", "--limit"},
            defaultValue = "20",
            paramLabel = "N",
            description = "How many executions (default 20).")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be 1 or more");
        }
        return Contexts.STANDALONE.with(context -> {
            List<RunHistory.Entry> entries = context.getBean(RunHistory.class).recent(limit);
            Deliveries deliveries = context.getBean(Deliveries.class);
            if (entries.isEmpty()) {
                out.println("No job executions yet. Run: coopbrief run");
                return ExitCode.OK;
            }
            out.printf(
                    "%-5s %-10s %-10s %-19s %-19s %7s %7s %6s  %s%n",
                    "ID", "JOB", "STATUS", "START", "END", "READ", "WRITE", "SKIP", "PARAMETERS");
            for (RunHistory.Entry e : entries) {
                // a run's delivery (once per run: its last execution's line), from the outbox
                String delivery = deliveries
                        .summary(e.instanceId())
                        .map(d -> "  delivery: " + d)
                        .orElse("");
                out.printf(
                        "%-5d %-10s %-10s %-19s %-19s %7d %7d %6d  %s%s%n",
                        e.executionId(),
                        e.job(),
                        e.status(),
                        e.start() == null ? "-" : TIME.format(e.start()),
                        e.end() == null ? "-" : TIME.format(e.end()),
                        e.read(),
                        e.written(),
                        e.skipped(),
                        e.parameters(),
                        delivery);
            }
            return ExitCode.OK;
        });
    }
}

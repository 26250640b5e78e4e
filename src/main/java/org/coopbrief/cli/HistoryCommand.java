package org.coopbrief.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopbrief.delivery.DeliveryStatus;
import org.coopbrief.system.AbandonedRuns;
import org.coopbrief.system.RunHistory;
import org.coopbrief.system.SchemaCheck;
import org.springframework.context.ConfigurableApplicationContext;

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

    /** Not an exit code: the schema must be built or upgraded first. */
    private static final int TO_MIGRATE = -1;
    /** Not an exit code: a killed run must be recovered first. */
    private static final int TO_RECOVER = -2;

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
        // the database alone answers: read as it is when its schema is up to date, else after the schema
        // migration; the whole application answers when a killed run must be recovered first
        int answer = Contexts.DATABASE_READ.with(
                database -> database.getBean(SchemaCheck.class).upToDate() ? answer(database, out) : TO_MIGRATE);
        if (answer == TO_MIGRATE) {
            answer = Contexts.DATABASE.with(database -> answer(database, out));
        }
        if (answer == TO_RECOVER) {
            answer = Contexts.STANDALONE.with(context -> print(context, out));
        }
        return answer;
    }

    private int answer(ConfigurableApplicationContext database, PrintWriter out) {
        return database.getBean(AbandonedRuns.class).found() ? TO_RECOVER : print(database, out);
    }

    private int print(ConfigurableApplicationContext context, PrintWriter out) {
        return print(context.getBean(RunHistory.class), context.getBean(DeliveryStatus.class), out);
    }

    private int print(RunHistory history, DeliveryStatus deliveries, PrintWriter out) {
        List<RunHistory.Entry> entries = history.recent(limit);
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
    }
}

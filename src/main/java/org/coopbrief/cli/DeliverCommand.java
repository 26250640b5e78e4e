package org.coopbrief.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopbrief.delivery.Deliveries;
import org.coopbrief.delivery.OutboxRow;
import org.coopbrief.system.JobRunner;
import org.coopbrief.system.RunLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "deliver",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shows the delivery of a run by email (run ids: see 'history'): every message, its recipient, files,"
                    + " status, attempts, Message-ID and last error.",
            "--send sends what is not delivered yet (pending and failed messages); --force --recipient NAME sends"
                    + " that recipient's messages again, even those delivered. Exit 7 when some still fail."
        })
class DeliverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "Id of the run (its folder's name under reports/<period>/).")
    long run;

    @Option(names = "--send", description = "Send the run's messages not delivered yet.")
    boolean send;

    @Option(names = "--force", description = "With --recipient: send that recipient's messages again.")
    boolean force;

    @Option(
            names = "--recipient",
            paramLabel = "NAME",
            description = "A recipient's name (coopbrief.delivery.recipients).")
    String recipient;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (force && recipient == null) {
            throw new IllegalArgumentException("--force needs --recipient NAME: whom to send again");
        }
        if (recipient != null && !force) {
            throw new IllegalArgumentException("--recipient goes with --force (re-send to one recipient)");
        }
        return Contexts.STANDALONE.with(context -> {
            Deliveries deliveries = context.getBean(Deliveries.class);
            if (send || force) {
                if (!deliveries.settings().enabled()) {
                    throw new IllegalArgumentException(
                            "coopbrief.delivery.recipients: none configured, there is nobody to deliver to");
                }
                deliveries.checkServer();
                try (RunLock.Held held = context.getBean(RunLock.class)
                        .tryAcquire()
                        .orElseThrow(() -> new JobRunner.AlreadyRunningException(
                                "another run is in progress; nothing was sent; see: coopbrief history"))) {
                    if (force) {
                        deliveries.resend(run, recipient);
                    } else {
                        deliveries.sendAll(run);
                    }
                }
            }
            List<OutboxRow> rows = deliveries.status(run);
            if (rows.isEmpty()) {
                out.println("Run " + run + " has no delivery (no recipients when it ran, or --deliver=off)."
                        + " Send it with: coopbrief deliver " + run + " --send");
                return ExitCode.OK;
            }
            out.println("Run " + run + ": " + deliveries.summary(run).orElse(""));
            out.printf(
                    "%-16s %-32s %-4s %-8s %-8s %8s  %s%n",
                    "RECIPIENT", "ADDRESS", "LANG", "MESSAGE", "STATUS", "ATTEMPTS", "MESSAGE-ID / LAST ERROR");
            for (OutboxRow r : rows) {
                out.printf(
                        "%-16s %-32s %-4s %-8s %-8s %8d  %s%n",
                        r.recipient(),
                        r.address(),
                        r.language().code(),
                        r.partLabel(),
                        r.status(),
                        r.attempts(),
                        r.status() == OutboxRow.Status.SENT || r.lastError() == null ? r.messageId() : r.lastError());
            }
            List<OutboxRow> failed = deliveries.failed(run);
            if (!failed.isEmpty()) {
                err.printf(
                        "coopbrief: %d message(s) of run %d not delivered; send them with: coopbrief deliver %d --send%n",
                        failed.size(), run, run);
                return ExitCode.DELIVERY_FAILED;
            }
            return ExitCode.OK;
        });
    }
}

package org.coopbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.coopbrief.analysis.AnalysisSummary;
import org.coopbrief.dataset.Reject;
import org.coopbrief.delivery.Deliveries;
import org.coopbrief.delivery.OutboxRow;
import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.ingest.InputFileException;
import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.DatabaseWriteFailure;
import org.coopbrief.system.JobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Launching a job from a command and reporting its outcome on the terminal, as an exit code.
 * SIGTERM and Ctrl-C during a job ask it to stop at the next chunk boundary; it ends STOPPED and
 * can be restarted. Refusals (another run holds the lock, the run is complete, bad parameters)
 * are thrown and mapped by {@link ExitCode#of}.
 */
final class JobLauncher {

    private static final int MAX_REJECTS_SHOWN = 50;

    private JobLauncher() {}

    interface Launch {
        JobExecution launch(JobRunner runner) throws Exception;
    }

    /** A launch that needs more of the context than the runner (the delivery check). */
    interface LaunchInContext {
        JobExecution launch(JobRunner runner, ConfigurableApplicationContext context) throws Exception;
    }

    static int launch(Contexts contexts, PrintWriter out, PrintWriter err, Launch launch) throws Exception {
        return launch(contexts, out, err, (LaunchInContext) (runner, context) -> launch.launch(runner));
    }

    static int launch(Contexts contexts, PrintWriter out, PrintWriter err, LaunchInContext launch) throws Exception {
        return contexts.with(context -> {
            JobRunner runner = context.getBean(JobRunner.class);
            DatabaseWriteFailure databaseFailure = context.getBean(DatabaseWriteFailure.class);
            JobExecution execution;
            SignalHandler stop = signal -> {
                err.println("coopbrief: SIG" + signal.getName() + " received: stopping at the next chunk boundary");
                runner.stopRunning();
            };
            SignalHandler term = Signal.handle(new Signal("TERM"), stop);
            SignalHandler interrupt = Signal.handle(new Signal("INT"), stop);
            try {
                execution = launch.launch(runner, context);
                int code = report(
                        out,
                        err,
                        execution,
                        context.getBean(IngestSummary.class),
                        context.getBean(RunFolders.class),
                        databaseFailure);
                return code == ExitCode.OK || code == ExitCode.COMPLETED_WITH_REJECTS
                        ? delivery(out, err, execution, context.getBean(Deliveries.class), code)
                        : code;
            } catch (RuntimeException e) {
                // a full disk under the database: name its file, not a file channel
                throw databaseFailure
                        .explain(e)
                        .map(RuntimeException.class::cast)
                        .orElse(e);
            } finally {
                Signal.handle(new Signal("TERM"), term);
                Signal.handle(new Signal("INT"), interrupt);
            }
        });
    }

    /** A completed run's delivery, if it has one: exit 7 when some messages failed, listed. */
    private static int delivery(
            PrintWriter out, PrintWriter err, JobExecution execution, Deliveries deliveries, int code) {
        long run = execution.getJobInstance().getInstanceId();
        var summary = deliveries.summary(run);
        if (summary.isEmpty()) {
            return code;
        }
        boolean dryRun = DeliveryMode.of(execution.getJobParameters()) == DeliveryMode.DRY_RUN;
        out.println("  delivery" + (dryRun ? " (dry run, nothing sent; messages in " + Deliveries.FOLDER + "/)" : "")
                + ": " + summary.get());
        List<OutboxRow> failed = deliveries.failed(run);
        if (failed.isEmpty()) {
            return code;
        }
        for (OutboxRow r : failed) {
            err.printf(
                    "coopbrief: delivery failed: %s <%s> message %s after %d attempt(s): %s%n",
                    r.recipient(), r.address(), r.partLabel(), r.attempts(), r.lastError());
        }
        err.printf(
                "coopbrief: %d message(s) not delivered (report: %s); send them with: coopbrief deliver %d --send%n",
                failed.size(), Deliveries.REPORT, run);
        return ExitCode.DELIVERY_FAILED;
    }

    private static int report(
            PrintWriter out,
            PrintWriter err,
            JobExecution execution,
            IngestSummary summary,
            RunFolders folders,
            DatabaseWriteFailure databaseFailure) {
        long instanceId = execution.getJobInstance().getInstanceId();
        Path inputDir = RunParameters.input(execution.getJobParameters());
        String label = RunParameters.label(execution.getJobParameters());
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null
                ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        out.printf(
                "%s execution %d: %s in %.1f s (run %d, input %s)%n",
                execution.getJobInstance().getJobName(),
                execution.getId(),
                execution.getStatus(),
                took.toMillis() / 1000.0,
                instanceId,
                inputDir);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.printf(
                    "coopbrief: run stopped on request; continue it with: coopbrief restart %d (or the same command)%n",
                    execution.getId());
            return ExitCode.STOPPED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            for (Throwable t : execution.getAllFailureExceptions()) {
                String message = t instanceof InputFileException
                        ? t.getMessage()
                        : ExitCode.message(databaseFailure
                                .explain(t)
                                .<Throwable>map(x -> x)
                                .orElse(t));
                message.lines().forEach(line -> err.println("coopbrief: " + line));
            }
            err.printf(
                    "coopbrief: run failed (details in %s); after fixing the cause, continue it with:"
                            + " coopbrief restart %d (or the same command)%n",
                    folders.runFolder(label, instanceId).resolve(org.coopbrief.run.RunLog.FILE), execution.getId());
            return ExitCode.JOB_FAILED;
        }
        for (IngestSummary.FileCount c : summary.counts(instanceId)) {
            out.printf("  %-20s read %5d  loaded %5d  rejected %4d%n", c.file(), c.read(), c.loaded(), c.rejected());
        }
        AnalysisSummary.of(execution).ifPresent(line -> out.println("  " + line));
        out.println("  reports: " + folders.runFolder(label, instanceId));
        List<Reject> rejects = summary.rejects(instanceId);
        if (rejects.isEmpty()) {
            return ExitCode.OK;
        }
        rejects.stream().limit(MAX_REJECTS_SHOWN).forEach(r -> err.println("rejected " + r.describe(inputDir)));
        if (rejects.size() > MAX_REJECTS_SHOWN) {
            err.println("... and " + (rejects.size() - MAX_REJECTS_SHOWN) + " more");
        }
        err.printf(
                "%d row(s) rejected; reject report: %s%n",
                rejects.size(), folders.runFolder(label, instanceId).resolve("rejects.csv"));
        return ExitCode.COMPLETED_WITH_REJECTS;
    }
}

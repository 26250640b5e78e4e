package org.coopbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.coopbrief.analysis.AnalysisSummary;
import org.coopbrief.dataset.Reject;
import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.ingest.InputFileException;
import org.coopbrief.run.Progress;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.DatabaseWriteFailure;
import org.coopbrief.system.JobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

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

    static int launch(boolean quiet, Contexts contexts, PrintWriter out, PrintWriter err, Launch launch)
            throws Exception {
        return contexts.with(context -> {
            JobRunner runner = context.getBean(JobRunner.class);
            context.getBean(Progress.class).quiet(quiet);
            DatabaseWriteFailure databaseFailure = context.getBean(DatabaseWriteFailure.class);
            JobExecution execution;
            SignalHandler stop = signal -> {
                err.println("coopbrief: SIG" + signal.getName() + " received: stopping at the next chunk boundary");
                runner.stopRunning();
            };
            SignalHandler term = Signal.handle(new Signal("TERM"), stop);
            SignalHandler interrupt = Signal.handle(new Signal("INT"), stop);
            try {
                execution = launch.launch(runner);
                return report(
                        out,
                        err,
                        execution,
                        context.getBean(IngestSummary.class),
                        context.getBean(RunFolders.class),
                        databaseFailure);
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

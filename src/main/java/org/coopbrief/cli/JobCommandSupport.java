package org.coopbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.coopbrief.analysis.AnalysisSummary;
import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.ingest.InputFileException;
import org.coopbrief.ingest.RunLabel;
import org.coopbrief.system.JobRunner;
import org.coopbrief.system.RunFolders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Launching a job from a command and reporting its outcome on the terminal, as an exit code.
 * SIGTERM and Ctrl-C during a job ask it to stop at the next chunk boundary; it ends STOPPED and
 * can be restarted.
 */
final class JobCommandSupport {

    private static final int MAX_REJECTS_SHOWN = 50;

    private JobCommandSupport() {
    }

    interface Launch {
        JobExecution launch(JobRunner runner) throws Exception;
    }

    static int launch(Contexts contexts, PrintWriter out, PrintWriter err, Launch launch) {
        ConfigurableApplicationContext context;
        try {
            context = contexts.open();
        } catch (RuntimeException e) {
            err.println("coopbrief: configuration error: " + Messages.rootMessage(e));
            return ExitCode.USAGE;
        }
        try {
            JobRunner runner = context.getBean(JobRunner.class);
            JobExecution execution;
            SignalHandler term = null;
            SignalHandler interrupt = null;
            try {
                SignalHandler stop = signal -> {
                    err.println("coopbrief: SIG" + signal.getName() + " received: stopping at the next chunk boundary");
                    runner.stopRunning();
                };
                term = Signal.handle(new Signal("TERM"), stop);
                interrupt = Signal.handle(new Signal("INT"), stop);
                execution = launch.launch(runner);
            } catch (JobRunner.AlreadyRunningException e) {
                err.println("coopbrief: " + e.getMessage());
                return ExitCode.ALREADY_RUNNING;
            } catch (JobRunner.AlreadyCompleteException e) {
                err.println("coopbrief: " + e.getMessage());
                return ExitCode.NOTHING_TO_DO;
            } catch (Exception e) {
                // unknown execution id, not restartable, invalid parameters: nothing was started
                err.println("coopbrief: " + Messages.rootMessage(e));
                return ExitCode.USAGE;
            } finally {
                if (term != null) {
                    Signal.handle(new Signal("TERM"), term);
                }
                if (interrupt != null) {
                    Signal.handle(new Signal("INT"), interrupt);
                }
            }
            return report(out, err, execution, context.getBean(IngestSummary.class), context.getBean(RunFolders.class));
        } finally {
            contexts.release(context);
        }
    }

    private static int report(PrintWriter out, PrintWriter err, JobExecution execution, IngestSummary summary,
            RunFolders folders) {
        long instanceId = execution.getJobInstance().getInstanceId();
        String inputParam = execution.getJobParameters().getString("input");
        Path inputDir = Path.of(inputParam == null ? "." : inputParam);
        String label = execution.getJobParameters().getString(RunLabel.PARAMETER, RunLabel.INGEST);
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        out.printf("%s execution %d: %s in %.1f s (run %d, input %s)%n", execution.getJobInstance().getJobName(),
                execution.getId(), execution.getStatus(), took.toMillis() / 1000.0, instanceId, inputDir);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.printf("coopbrief: run stopped on request; continue it with: coopbrief restart %d (or the same command)%n",
                    execution.getId());
            return ExitCode.STOPPED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            for (Throwable t : execution.getAllFailureExceptions()) {
                String message = t instanceof InputFileException ? t.getMessage() : Messages.rootMessage(t);
                message.lines().forEach(line -> err.println("coopbrief: " + line));
            }
            err.printf("coopbrief: run failed; after fixing the cause, continue it with: coopbrief restart %d"
                    + " (or the same command)%n", execution.getId());
            return ExitCode.JOB_FAILED;
        }
        for (IngestSummary.FileCount c : summary.counts(instanceId)) {
            out.printf("  %-20s read %5d  loaded %5d  rejected %4d%n", c.file(), c.read(), c.loaded(), c.rejected());
        }
        AnalysisSummary.of(execution).ifPresent(line -> out.println("  " + line));
        out.println("  reports: " + folders.runFolder(label, instanceId));
        List<IngestSummary.Reject> rejects = summary.rejects(instanceId);
        if (rejects.isEmpty()) {
            return ExitCode.OK;
        }
        rejects.stream().limit(MAX_REJECTS_SHOWN).forEach(r -> err.println("rejected " + r.describe(inputDir)));
        if (rejects.size() > MAX_REJECTS_SHOWN) {
            err.println("... and " + (rejects.size() - MAX_REJECTS_SHOWN) + " more");
        }
        err.printf("%d row(s) rejected; reject report: %s%n", rejects.size(),
                folders.runFolder(label, instanceId).resolve("rejects.csv"));
        return ExitCode.COMPLETED_WITH_REJECTS;
    }
}

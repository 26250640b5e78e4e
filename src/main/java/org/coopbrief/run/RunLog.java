package org.coopbrief.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * One log line per step (counts and duration) and a final summary line, on the console and in
 * {@code run.log} beside the run's manifest, with the stack trace of a step that failed. The log grows while the run goes on (it is a log,
 * not a report), and a restart appends to it.
 */
@Component
public class RunLog implements JobExecutionListener, StepExecutionListener {

    public static final String FILE = "run.log";

    private static final Logger log = LoggerFactory.getLogger(RunLog.class);

    private final RunFolders folders;
    private final Progress progress;

    RunLog(RunFolders folders, Progress progress) {
        this.folders = folders;
        this.progress = progress;
    }

    /** Every step shows its progress while it goes on (if it takes long): its read count, or the time it takes. */
    @Override
    public void beforeStep(StepExecution step) {
        progress.follow(step.getStepName(), "rows", step::getReadCount);
    }

    @Override
    public void beforeJob(JobExecution job) {
        // how long the process took to get here (start-up: the JVM, the classes, the context, the lock)
        LoggerFactory.getLogger("org.coopbrief.startup")
                .info(
                        "job {} starts {} s after the JVM did",
                        job.getJobInstance().getJobName(),
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                        .getUptime()
                                / 1000.0);
        write(
                job,
                "start " + job.getJobInstance().getJobName() + " execution " + job.getId() + " (run "
                        + job.getJobInstance().getInstanceId() + ") "
                        + String.join(
                                " ",
                                job.getJobParameters().parameters().stream()
                                        .map(p -> p.name() + "=" + p.value())
                                        .sorted()
                                        .toList()));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        progress.active(step.getStepName()).ifPresent(Progress.Tracker::close);
        write(
                step.getJobExecution(),
                String.format(
                        "step %-20s %-9s read %6d  written %6d  skipped %5d  filtered %5d  %6.2f s",
                        step.getStepName(),
                        step.getStatus(),
                        step.getReadCount(),
                        step.getWriteCount(),
                        step.getSkipCount(),
                        step.getFilterCount(),
                        seconds(
                                step.getStartTime(),
                                step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime())));
        for (Throwable failure : step.getFailureExceptions()) {
            // the terminal gets one line (the CLI); the run's log keeps the whole trace for whoever investigates
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            writeToFile(
                    step.getJobExecution(),
                    "step " + step.getStepName() + " failed: "
                            + trace.toString().stripTrailing());
        }
        return step.getExitStatus();
    }

    @Override
    public void afterJob(JobExecution job) {
        long read = steps(job).stream().mapToLong(StepExecution::getReadCount).sum();
        long written =
                steps(job).stream().mapToLong(StepExecution::getWriteCount).sum();
        long skipped =
                steps(job).stream().mapToLong(StepExecution::getSkipCount).sum();
        write(
                job,
                String.format(
                        "end %s execution %d: %s, %d steps, read %d, written %d, skipped %d, %.2f s",
                        job.getJobInstance().getJobName(),
                        job.getId(),
                        job.getStatus(),
                        steps(job).size(),
                        read,
                        written,
                        skipped,
                        seconds(
                                job.getStartTime(),
                                job.getEndTime() == null ? LocalDateTime.now() : job.getEndTime())));
    }

    /**
     * The job's own steps, without the workers of a partitioned step ({@code step:partition}): their
     * manager's execution adds up their counts.
     */
    public static java.util.List<StepExecution> steps(JobExecution job) {
        return job.getStepExecutions().stream()
                .filter(s -> !isPartition(s.getStepName()))
                .toList();
    }

    /** A worker of a partitioned step: Spring Batch names it {@code <worker step>:<partition>}. */
    public static boolean isPartition(String stepName) {
        return stepName.contains(":");
    }

    private void write(JobExecution job, String line) {
        log.info(line);
        writeToFile(job, line);
    }

    private void writeToFile(JobExecution job, String line) {
        String label = RunParameters.label(job.getJobParameters());
        Path file =
                folders.runFolder(label, job.getJobInstance().getInstanceId()).resolve(FILE);
        try {
            Files.writeString(
                    file,
                    LocalDateTime.now().withNano(0) + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("cannot write {}: {}", file, e.getMessage());
        }
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}

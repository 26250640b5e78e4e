package org.coopbrief.partitioning;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker's side of one partition: Spring Batch Integration's {@link StepExecutionRequestHandler}
 * runs the worker step (looked up by its name) on the step execution the manager made, after two
 * checks that keep a partition from running twice:
 *
 * <ul>
 *   <li>the step execution has not started: a request the broker delivers again (its worker died
 *       while running it) is refused, and the partition stays as that worker left it, STARTED, until
 *       the restart recovers it and makes a new execution for it;
 *   <li>its job execution is still running: requests left on the queue after the manager gave up
 *       (timeout) are refused.
 * </ul>
 *
 * Before running, it records the worker's name in the partition's execution context ({@value #WORKER}),
 * so the job repository tells which worker ran, or was running, each partition.
 */
class PartitionRunner {

    /** The key of the worker's name in a partition's execution context. */
    static final String WORKER = "worker";

    private static final Logger log = LoggerFactory.getLogger(PartitionRunner.class);

    private final String workerName;
    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler;

    PartitionRunner(String workerName, JobRepository jobRepository, Map<String, Step> stepsByName) {
        this.workerName = workerName;
        this.jobRepository = jobRepository;
        this.handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(byName(stepsByName));
    }

    /** Steps by their names ({@code write-partner-briefing}), not their bean names. */
    private static StepLocator byName(Map<String, Step> steps) {
        return name -> steps.values().stream()
                .filter(step -> step.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    String workerName() {
        return workerName;
    }

    /** Runs the partition if it is still to run; returns its status, or empty when it was refused. */
    Optional<BatchStatus> run(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn(
                    "worker {}: no step execution {} ({}): request ignored",
                    workerName,
                    request.getStepExecutionId(),
                    request.getStepName());
            return Optional.empty();
        }
        String name = partition.getStepName() + " (step execution " + partition.getId() + ", job execution "
                + partition.getJobExecutionId() + ")";
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn(
                    "worker {}: partition {} is {}{}: not run again here",
                    workerName,
                    name,
                    partition.getStatus(),
                    partition.getExecutionContext().containsKey(WORKER)
                            ? " (worker " + partition.getExecutionContext().getString(WORKER) + ")"
                            : "");
            return Optional.empty();
        }
        BatchStatus job = partition.getJobExecution().getStatus();
        if (!job.isRunning()) {
            log.warn("worker {}: partition {} belongs to a job execution that is {}: not run", workerName, name, job);
            return Optional.empty();
        }
        partition.getExecutionContext().putString(WORKER, workerName);
        jobRepository.updateExecutionContext(partition);
        log.info("worker {}: running partition {}", workerName, name);
        long start = System.nanoTime();
        StepExecution done = handler.handle(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info(
                "worker {}: partition {} {} in {} s",
                workerName,
                name,
                done.getStatus(),
                String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0));
        return Optional.of(done.getStatus());
    }
}

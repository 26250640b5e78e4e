package org.coopbrief.partitioning;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.coopbrief.run.Progress;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Spring Batch Integration's manager side: sends one request per partition and polls the job
 * repository until every partition has ended. When the partitions have not all ended within
 * {@code coopbrief.partition-timeout} (a worker died, or none is running), the manager step fails
 * with a message naming the unfinished partitions and the workers that took them; a restart then
 * reruns only those.
 */
class RemotePartitionHandler extends MessageChannelPartitionHandler {

    private final JobRepository jobRepository;
    private final Duration timeout;
    private final Progress progress;

    RemotePartitionHandler(JobRepository jobRepository, Duration timeout, Progress progress) {
        this.jobRepository = jobRepository;
        this.timeout = timeout;
        this.progress = progress;
        setJobRepository(jobRepository);
        setTimeout(timeout.toMillis());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        ScheduledExecutorService counter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partition-progress");
            t.setDaemon(true);
            return t;
        });
        try {
            // the workers' partitions, as the manager's progress line (the local handler's worker step advances it)
            counter.scheduleWithFixedDelay(
                    () -> showProgress(manager, partitions),
                    RemotePartitioningConfiguration.POLL_INTERVAL_MILLIS,
                    RemotePartitioningConfiguration.POLL_INTERVAL_MILLIS,
                    TimeUnit.MILLISECONDS);
            return super.doHandle(manager, partitions);
        } catch (TimeoutException e) {
            throw new PartitionTimeoutException(unfinished(manager, partitions));
        } finally {
            counter.shutdownNow();
        }
    }

    private void showProgress(StepExecution manager, Set<StepExecution> partitions) {
        progress.active(manager.getStepName()).ifPresent(tracker -> {
            try {
                JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
                Set<Long> ids = partitions.stream().map(StepExecution::getId).collect(Collectors.toSet());
                long ended = job == null
                        ? 0
                        : job.getStepExecutions().stream()
                                .filter(s -> ids.contains(s.getId())
                                        && !s.getStatus().isRunning())
                                .count();
                tracker.at(ended);
            } catch (RuntimeException e) {
                // a progress line is not worth failing the run: the next poll tries again
            }
        });
    }

    private String unfinished(StepExecution manager, Set<StepExecution> partitions) {
        JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
        Set<Long> ids = partitions.stream().map(StepExecution::getId).collect(Collectors.toSet());
        List<String> running = (job == null ? List.<StepExecution>of() : job.getStepExecutions())
                .stream()
                        .filter(s -> ids.contains(s.getId()) && s.getStatus().isRunning())
                        .map(RemotePartitionHandler::describe)
                        .sorted()
                        .toList();
        return running.size() + " of " + partitions.size() + " partition(s) not finished after " + timeout
                + " (coopbrief.partition-timeout): " + String.join(", ", running)
                + "; are the workers running (coopbrief worker)? The restart reruns only these";
    }

    private static String describe(StepExecution partition) {
        String worker = partition.getExecutionContext().containsKey(PartitionRunner.WORKER)
                ? "worker " + partition.getExecutionContext().getString(PartitionRunner.WORKER)
                : "no worker took it";
        return partition.getStepName() + " (" + partition.getStatus() + ", " + worker + ")";
    }

    /** The partitions did not all end in time. */
    static final class PartitionTimeoutException extends RuntimeException {
        PartitionTimeoutException(String message) {
            super(message);
        }
    }
}

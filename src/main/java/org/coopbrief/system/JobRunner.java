package org.coopbrief.system;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts, restarts and stops the jobs under the run lock, so that exactly one job touches the
 * dataset at a time, across processes. Once the lock is held, any execution still marked as
 * running was left by a process that died (SIGKILL, power loss): it is recovered first, which
 * makes it restartable.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final String RUNNING = AbandonedRuns.RUNNING;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final CoopbriefProperties properties;
    private final RunLock lock;
    private final JdbcTemplate jdbc;

    JobRunner(
            JobOperator operator,
            JobRepository repository,
            List<Job> jobs,
            CoopbriefProperties properties,
            RunLock lock,
            JdbcTemplate jdbc) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, j -> j));
        this.properties = properties;
        this.lock = lock;
        this.jdbc = jdbc;
    }

    /**
     * Every start of coopbrief (any command, the scheduler) recovers what a killed process left
     * running, if no process holds the run lock: so that {@code history} after a kill shows the
     * execution failed (and restartable), not STARTED. While a run really is going, its lock is
     * held and nothing is touched.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void recoverIfIdle() {
        lock.tryAcquire().ifPresent(held -> {
            try (held) {
                recoverAbandonedExecutions();
            }
        });
    }

    /** Another run holds the lock; nothing was started. */
    public static class AlreadyRunningException extends Exception {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }

    /** The run these parameters identify has completed; nothing was started. */
    public static class AlreadyCompleteException extends Exception {
        private final JobExecution completed;

        public AlreadyCompleteException(String message, JobExecution completed) {
            super(message);
            this.completed = completed;
        }

        public JobExecution completed() {
            return completed;
        }
    }

    public CoopbriefProperties properties() {
        return properties;
    }

    /** Starts a job as a new instance (the parameters must be unique) or continues a failed one. */
    public JobExecution start(String jobName, JobParameters parameters) throws Exception {
        Job job = job(jobName);
        try (RunLock.Held held = acquire()) {
            recoverAbandonedExecutions();
            recoverInstanceWithoutExecution(jobName, parameters);
            JobExecution last = repository.getLastJobExecution(jobName, parameters);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                throw new AlreadyCompleteException("this run already completed as execution " + last.getId(), last);
            }
            return operator.start(job, parameters);
        }
    }

    /**
     * The revision a run's parameters should use: the newest existing one (so that repeating a
     * command finds a completed run, or continues a failed one), or the next one for a rerun.
     */
    public long revisionFor(
            String jobName, java.util.function.LongFunction<JobParameters> withRevision, boolean rerun) {
        long newest = -1;
        while (repository.getJobInstance(jobName, withRevision.apply(newest + 1)) != null) {
            newest++;
        }
        if (newest < 0) {
            return 0;
        }
        return rerun ? newest + 1 : newest;
    }

    public JobExecution restart(long executionId) throws Exception {
        try (RunLock.Held held = acquire()) {
            recoverAbandonedExecutions();
            JobExecution failed = find(executionId)
                    .orElseThrow(() -> new IllegalArgumentException("no job execution with id " + executionId));
            JobExecution last = repository.getLastJobExecution(failed.getJobInstance());
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                throw new AlreadyCompleteException(
                        "execution " + executionId + " belongs to a run that completed"
                                + (last.getId() == executionId ? "" : " (as execution " + last.getId() + ")")
                                + "; there is nothing to restart",
                        last);
            }
            return operator.restart(last == null ? failed : last);
        }
    }

    /** Asks every running job of this process to stop at its next chunk boundary (SIGTERM, Ctrl-C). */
    public List<Long> stopRunning() {
        List<Long> stopped = new ArrayList<>();
        for (String name : jobs.keySet()) {
            for (JobExecution e : repository.findRunningJobExecutions(name)) {
                try {
                    operator.stop(e);
                    stopped.add(e.getId());
                } catch (Exception ex) {
                    log.warn("cannot stop execution {}: {}", e.getId(), ex.getMessage());
                }
            }
        }
        return stopped;
    }

    public Optional<JobExecution> find(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }

    private Job job(String jobName) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + jobName);
        }
        return job;
    }

    private RunLock.Held acquire() throws AlreadyRunningException {
        return lock.tryAcquire().orElseThrow(() -> new AlreadyRunningException(runningDescription()));
    }

    private String runningDescription() {
        for (String name : jobs.keySet()) {
            Set<JobExecution> running = repository.findRunningJobExecutions(name);
            if (!running.isEmpty()) {
                JobExecution e = running.iterator().next();
                return "another run is in progress: job '" + name + "' execution " + e.getId() + " (run "
                        + e.getJobInstance().getInstanceId() + ", started "
                        + (e.getStartTime() == null
                                ? "just now"
                                : e.getStartTime().withNano(0))
                        + "); nothing was started; see: coopbrief history";
            }
        }
        return "another run is in progress (it holds the run lock); nothing was started";
    }

    /**
     * Only called with the lock held: whatever is still "running" belongs to a dead process. Every
     * such job execution is recovered, of any job and any instance (not only the last execution of
     * each), and so is any execution whose steps were left running.
     */
    private void recoverAbandonedExecutions() {
        List<Long> abandoned = jdbc.queryForList("""
                select job_execution_id from batch_job_execution where status in (%1$s)
                union
                select job_execution_id from batch_step_execution where status in (%1$s)
                order by 1
                """.formatted(RUNNING), Long.class);
        for (long id : abandoned) {
            JobExecution e = repository.getJobExecution(id);
            if (e == null) {
                continue;
            }
            BatchStatus was = e.getStatus();
            operator.recover(e);
            JobExecution after = repository.getJobExecution(id);
            if (after != null && (after.getStatus().isRunning() || hasRunningStep(after))) {
                markFailed(after); // recover() declines some (e.g. one it has seen before): finish the job
            }
            log.warn(
                    "Recovered execution {} of job '{}': its process ended while it was {}; it can be restarted",
                    id,
                    e.getJobInstance().getJobName(),
                    was);
        }
    }

    /**
     * A process that died between recording the run and its first execution (a full disk, a kill)
     * leaves a job instance without any execution, which Spring Batch can neither start again nor
     * restart. The instance keeps its number (the run's folder and document number): it gets a
     * failed execution with these parameters, so that the same command continues it.
     */
    private void recoverInstanceWithoutExecution(String jobName, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance == null || repository.getLastJobExecution(instance) != null) {
            return;
        }
        JobExecution e = repository.createJobExecution(instance, parameters, new ExecutionContext());
        LocalDateTime now = LocalDateTime.now();
        e.setStartTime(now);
        e.setEndTime(now);
        e.setStatus(BatchStatus.FAILED);
        e.setExitStatus(ExitStatus.FAILED.addExitDescription("its process ended before the run began"));
        repository.update(e);
        log.warn(
                "Recovered run {} of job '{}': its process ended before the run began; it continues now",
                instance.getInstanceId(),
                jobName);
    }

    private static boolean hasRunningStep(JobExecution e) {
        return e.getStepExecutions().stream().anyMatch(s -> s.getStatus().isRunning());
    }

    private void markFailed(JobExecution e) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : e.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        if (e.getStatus().isRunning()) {
            e.setStatus(BatchStatus.FAILED);
            e.setExitStatus(ExitStatus.FAILED);
            e.setEndTime(now);
            repository.update(e);
        }
    }
}

package org.coopbrief.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts the jobs. The jobs share the dataset tables, so none starts while any of
 * them is running.
 */
@Component
public class JobRunner {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final CoopbriefProperties properties;

    JobRunner(JobOperator operator, JobRepository repository, List<Job> jobs, CoopbriefProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.properties = properties;
        this.jobs = jobs.stream().collect(java.util.stream.Collectors.toMap(Job::getName, j -> j));
    }

    /** Thrown when another execution is running; carries its id. */
    public static class AlreadyRunningException extends Exception {
        private final long executionId;

        AlreadyRunningException(JobExecution running) {
            super("job '" + running.getJobInstance().getJobName() + "' is already running (execution "
                    + running.getId() + ", started " + running.getStartTime() + ")");
            this.executionId = running.getId();
        }

        public long executionId() {
            return executionId;
        }
    }

    public CoopbriefProperties properties() {
        return properties;
    }

    /** Thrown when asked to restart an execution that completed. */
    public static class NothingToRestartException extends Exception {
        NothingToRestartException(String message) {
            super(message);
        }
    }

    public JobExecution start(String jobName, JobParameters parameters) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + jobName);
        }
        refuseIfRunning();
        return operator.start(job, parameters);
    }

    public JobExecution restart(long executionId) throws Exception {
        refuseIfRunning();
        JobExecution failed;
        try {
            failed = repository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            failed = null;
        }
        if (failed == null) {
            throw new IllegalArgumentException("no job execution with id " + executionId);
        }
        JobExecution last = repository.getLastJobExecution(failed.getJobInstance());
        if (last != null && last.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
            throw new NothingToRestartException("execution " + executionId + " belongs to a run that completed"
                    + (last.getId() == executionId ? "" : " (as execution " + last.getId() + ")") + "; there is nothing to restart");
        }
        if (failed.getStatus().isRunning()) {
            throw new AlreadyRunningException(failed);
        }
        return operator.restart(failed);
    }

    private void refuseIfRunning() throws AlreadyRunningException {
        for (String name : jobs.keySet()) {
            Set<JobExecution> running = repository.findRunningJobExecutions(name);
            if (!running.isEmpty()) {
                throw new AlreadyRunningException(running.iterator().next());
            }
        }
    }
}

package org.coopbrief.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a killed process left a job execution marked running: some execution or step is
 * STARTING, STARTED or STOPPING while nobody holds the run lock. Then {@link JobRunner} must
 * recover it before anything reads the history; otherwise there is nothing to do.
 */
@Component
public class AbandonedRuns {

    /** The statuses of an execution that is (or was, until its process died) running. */
    static final String RUNNING = "'STARTING', 'STARTED', 'STOPPING'";

    private final JdbcTemplate jdbc;
    private final RunLock lock;

    AbandonedRuns(JdbcTemplate jdbc, RunLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    public boolean found() {
        Integer running = jdbc.queryForObject("""
                select count(*) from (
                  select job_execution_id from batch_job_execution where status in (%1$s)
                  union
                  select job_execution_id from batch_step_execution where status in (%1$s))
                """.formatted(RUNNING), Integer.class);
        if (running == null || running == 0) {
            return false;
        }
        // running and the lock is free: its process is gone
        return lock.tryAcquire()
                .map(held -> {
                    held.close();
                    return true;
                })
                .orElse(false);
    }
}

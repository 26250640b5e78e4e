package org.coopbrief.analysis;

import java.nio.file.Path;

import org.coopbrief.run.RunParameters;
import org.coopbrief.run.TestRuns;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Starts the main job (ingest, analysis, manifest) as {@code run} would. Kept out of the test
 * classes: {@code @SpringBatchTest} treats a test-class method returning a JobExecution as a factory.
 */
record PipelineRuns(JobOperatorTestUtils jobs) {

    /** Runs on {@code input} with the options as given on the command line (null for absent). */
    JobExecution run(Path input, String period, String asOf, String reporter, String partners, long revision)
            throws Exception {
        RunParameters p =
                TestRuns.resolve(input, period, asOf, "en", reporter, partners).withRevision(revision);
        return jobs.startJob(p.toJobParameters());
    }
}

package org.coopbrief.delivery;

import java.nio.file.Path;

import org.coopbrief.ingest.TestInputs;
import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunParameters;
import org.coopbrief.run.TestRuns;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * Starts the main job on a fresh copy of the fixture in English and Russian, as {@code run --lang en,ru
 * --deliver=MODE} would. Kept out of the test class: {@code @SpringBatchTest} treats a test-class
 * method returning a JobExecution as a factory.
 */
record FixtureRuns(JobOperatorTestUtils jobs, Job pipelineJob) {

    /** Each run a revision of its own (the input folder does not identify a run). */
    JobExecution start(Path dir, DeliveryMode mode, long revision) throws Exception {
        Path input = TestInputs.copyFixture(dir.resolve("input"));
        RunParameters p =
                TestRuns.resolve(input, "latest", null, "en,ru", "BY", null).withRevision(revision);
        jobs.setJob(pipelineJob);
        return jobs.startJob(p.toJobParameters(mode));
    }
}

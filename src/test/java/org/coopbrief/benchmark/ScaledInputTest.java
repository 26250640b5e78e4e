package org.coopbrief.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark's generator makes valid data: the bundled input scaled 8 times loads with no reject. */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/scaled-input-test")
class ScaledInputTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("ingestJob")
    Job ingestJob;

    @Autowired
    IngestSummary summary;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBundledInputScaledEightTimesLoadsWithZeroRejectsAndMoreReportersPartnersAndYears(@TempDir Path dir)
            throws Exception {
        Path input = dir.resolve("input-8x");
        ScaledInput.write(Path.of("input"), 8, input);
        jobs.setJob(ingestJob);

        JobExecution execution = new TestInputs.Launcher(jobs).run(input);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long instance = execution.getJobInstance().getInstanceId();
        assertThat(summary.rejects(instance)).isEmpty();
        int bundled = TestInputs.records(Path.of("input"), "figures.csv");
        int figures = jdbc.queryForObject("select count(*) from figure", Integer.class);
        assertThat(figures).isEqualTo(TestInputs.records(input, "figures.csv")).isGreaterThan(6 * bundled);
        // a new reporter under Belarus in every copy, new partners in the first two copies only
        assertThat(jdbc.queryForObject(
                        "select count(*) from entity where parent = 'BY' and code like 'BY-X%'", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForList(
                        "select code from entity where code like 'KZ%' and kind = 'country'", String.class))
                .containsExactlyInAnyOrder("KZ", "KZ-P1");
        // more years: copies move their periods back
        assertThat(jdbc.queryForObject("select min(period) from figure where reporter like 'BY-X%'", String.class))
                .isLessThan(jdbc.queryForObject("select min(period) from figure where reporter = 'BY'", String.class));
    }
}

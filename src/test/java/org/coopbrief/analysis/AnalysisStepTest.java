package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The analysis step inside the main job: it stores its results under their parameters and replaces them on a re-run. */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/analysis-step-test")
class AnalysisStepTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnalysisResults results;

    @Autowired
    AnalysisService service;

    @TempDir
    Path dir;

    private PipelineRuns runs;

    @BeforeEach
    void useThePipelineJob() {
        jobs.setJob(pipelineJob);
        runs = new PipelineRuns(jobs);
    }

    private int rows(String table, String key) {
        return jdbc.queryForObject("select count(*) from " + table + " where run_key = ?", Integer.class, key);
    }

    @Test
    void storesTheResultsUnderTheRunsParametersAndAReRunReplacesThem() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        JobExecution first = runs.run(input, "latest", null, null, null, 100);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String key = "as-of=2018-12-31;period=2018;reporter=BY;partners=*";
        int comparisons = rows("analysis_comparison", key);
        assertThat(comparisons).isPositive();
        assertThat(rows("analysis_finding", key)).isEqualTo(1);
        assertThat(AnalysisSummary.of(first)).hasValueSatisfying(s -> assertThat(s).contains("reporter BY", "period 2018"));

        JobExecution again = runs.run(input, "latest", null, null, null, 101);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rows("analysis_comparison", key)).isEqualTo(comparisons);
        assertThat(jdbc.queryForObject("select count(*) from analysis_run where run_key = ?", Integer.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select job_execution_id from analysis_run where run_key = ?", Long.class, key))
                .isEqualTo(again.getId());
    }

    @Test
    void otherParametersAreStoredBesideNotInstead() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 200);
        runs.run(input, "latest", "2018-07-31", null, "GE", 201);

        assertThat(results.load("as-of=2018-12-31;period=2018;reporter=BY;partners=*")).isPresent();
        AnalysisReport georgia = results.load("as-of=2018-07-31;period=2018;reporter=BY;partners=GE").orElseThrow();
        assertThat(georgia.comparisons()).extracting(ComparisonRow::partner).containsOnly("GE");
        assertThat(results.latest()).hasValueSatisfying(r -> assertThat(r.parameters().partners()).containsExactly("GE"));
    }

    @Test
    void theStoredReportReadsBackAsComputed() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 300);

        AnalysisReport stored = results.latest().orElseThrow();
        AnalysisReport computed = service.compute(stored.parameters().asOf().toString(), stored.parameters().focus().code(),
                "BY", null);

        assertThat(stored.parameters()).isEqualTo(computed.parameters());
        assertThat(stored).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing((BigDecimal b) -> b.stripTrailingZeros()), BigDecimal.class)
                .isEqualTo(computed);
    }

    @Test
    void anUnknownReporterFailsTheStepAndKeepsThePreviousResults() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 400);
        int before = jdbc.queryForObject("select count(*) from analysis_comparison", Integer.class);

        JobExecution failed = runs.run(input, "2018", "2018-12-31", "XX", null, 401);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e -> assertThat(e).hasMessageContaining("unknown reporter code 'XX'"));
        assertThat(jdbc.queryForObject("select count(*) from analysis_comparison", Integer.class)).isEqualTo(before);
    }
}

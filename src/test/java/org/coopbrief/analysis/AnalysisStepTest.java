package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.dataset.Period;
import org.coopbrief.ingest.TestInputs;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RequestedPeriod;
import org.coopbrief.run.RunParameters;
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

    @Autowired
    ResultTables tables;

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
        assertThat(AnalysisSummary.of(first))
                .hasValueSatisfying(s -> assertThat(s).contains("reporter BY", "period 2018"));

        JobExecution again = runs.run(input, "latest", null, null, null, 101);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rows("analysis_comparison", key)).isEqualTo(comparisons);
        assertThat(jdbc.queryForObject("select count(*) from analysis_run where run_key = ?", Integer.class, key))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select job_execution_id from analysis_run where run_key = ?", Long.class, key))
                .isEqualTo(again.getId());
    }

    @Test
    void otherParametersAreStoredBesideNotInstead() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 200);
        runs.run(input, "2018", "2018-07-31", null, "GE", 201);

        assertThat(results.load(new ReportSelection(LocalDate.of(2018, 12, 31), Period.year(2018), "BY", List.of())))
                .isPresent();
        AnalysisReport georgia = results.load(
                        new ReportSelection(LocalDate.of(2018, 7, 31), Period.year(2018), "BY", List.of("GE")))
                .orElseThrow();
        assertThat(georgia.comparisons()).extracting(ComparisonRow::partner).containsOnly("GE");
        assertThat(results.latest())
                .hasValueSatisfying(r -> assertThat(r.parameters().partners()).containsExactly("GE"));
    }

    @Test
    void theStoredReportReadsBackAsComputed() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 300);

        AnalysisReport stored = results.latest().orElseThrow();
        AnalysisReport computed = service.compute(
                new RequestedPeriod(
                        RequestedPeriod.Relative.NONE, stored.parameters().focus()),
                stored.parameters().asOf(),
                "BY",
                null);

        assertThat(stored.parameters()).isEqualTo(computed.parameters());
        assertThat(stored)
                .usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing((BigDecimal b) -> b.stripTrailingZeros()), BigDecimal.class)
                .isEqualTo(computed);
        assertThat(stored.ranking())
                .as("the ranking decided from the stored results")
                .usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing((BigDecimal b) -> b.stripTrailingZeros()), BigDecimal.class)
                .isEqualTo(computed.ranking());
    }

    @Test
    void sharesReadBackWithTheirBasisAndPeers() {
        AnalysisInput in = new AnalysisInput(
                TestData.entities(),
                TestData.RUB_RATES,
                TestData.figures(
                        TestData.fig("F1", "KZ", "turnover", "2020", "847.9"),
                        TestData.fig("F2", "UZ", "turnover", "2020", "280"),
                        TestData.fig("F3", "WORLD", "turnover", "2020", "60000"),
                        TestData.fig("F4", "RU-STA", "turnover", "2020", "140"),
                        TestData.fig("F5", "RU-TA", "turnover", "2020", "560"),
                        TestData.fig("F6", "KZ", "exports", "2020", "600"),
                        TestData.fig("F7", "UZ", "exports", "2020", "200")),
                List.of());
        AnalysisReport computed = Analysis.run(
                in, new ReportSelection(LocalDate.of(2021, 3, 31), Period.year(2020), "BY", List.of("KZ", "RU", "UZ")));
        String key = computed.parameters().key();
        try {
            tables.replace(computed, null);
            AnalysisReport stored = tables.load(key).orElseThrow();
            assertThat(stored.comparisons())
                    .extracting(r -> r.standing() == null ? null : r.standing().shareBasis())
                    .contains(ShareBasis.WORLD_TOTAL, ShareBasis.PEERS_TOTAL);
            assertThat(stored.comparisons())
                    .usingRecursiveComparison()
                    .withComparatorForType(
                            Comparator.comparing((BigDecimal b) -> b.stripTrailingZeros()), BigDecimal.class)
                    .isEqualTo(computed.comparisons());
            assertThat(jdbc.queryForList(
                            "select share_basis from analysis_comparison where run_key = ? order by row_no",
                            String.class,
                            key))
                    .contains("world total", "total over 2 partners covered (regions of RU)");
        } finally {
            for (String table : List.of(
                    "analysis_comparison",
                    "analysis_flow",
                    "analysis_growth",
                    "analysis_target",
                    "analysis_finding",
                    "analysis_run")) {
                jdbc.update("delete from " + table + " where run_key = ?", key);
            }
        }
    }

    @Test
    void aFailingAnalysisKeepsThePreviousResults() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        runs.run(input, "latest", null, null, null, 400);
        int before = jdbc.queryForObject("select count(*) from analysis_comparison", Integer.class);

        // a trigger refuses an unknown reporter (RunRequestTest); parameters made by hand get past it
        JobExecution failed = jobs.startJob(new RunParameters(
                        new ReportSelection(LocalDate.of(2018, 12, 31), Period.year(2018), "XX", List.of()),
                        List.of(Language.EN),
                        401,
                        input,
                        "2018")
                .toJobParameters());

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions())
                .anySatisfy(e -> assertThat(e).hasMessageContaining("unknown reporter code 'XX'"));
        assertThat(jdbc.queryForObject("select count(*) from analysis_comparison", Integer.class))
                .isEqualTo(before);
    }
}

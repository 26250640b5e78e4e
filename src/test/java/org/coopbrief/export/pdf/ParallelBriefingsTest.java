package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.run.RunParameters;
import org.coopbrief.run.TestRuns;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The partner briefings are a partitioned step (one partition per partner and language) on a pool
 * of threads; written one after the other instead, every file is the same, byte for byte.
 */
@CoopbriefTest(
        properties = {
            "coopbrief.reports-dir=target/test-reports/parallel-briefings-test",
            "coopbrief.briefing.threads=3",
            // without the run's id, two runs of the same selection print the same reference
            "coopbrief.briefing.reference={period}/{reporter}"
        })
@DirtiesContext
class ParallelBriefingsTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @Autowired
    TaskExecutorPartitionHandler partnerBriefingHandler;

    @Autowired
    TaskExecutor briefingExecutor;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void partnerBriefingsWrittenOnThreadsAreByteIdenticalToThoseWrittenOneAfterTheOther() throws Exception {
        Path reports = Path.of("target/test-reports/parallel-briefings-test").toAbsolutePath();
        deleteTree(reports);
        RunParameters parameters =
                TestRuns.resolve(Path.of("input").toAbsolutePath(), "latest", null, "en,ru", "BY", null);
        jobs.setJob(pipelineJob);

        JobExecution parallel = run(parameters.withRevision(0)).execution();
        // the second run must not see the first as its previous briefing (what is new since it would differ)
        for (String table : List.of(
                "run_snapshot_figure",
                "run_snapshot_target",
                "run_snapshot_event",
                "run_snapshot_finding",
                "run_snapshot")) {
            jdbc.update("delete from " + table);
        }
        partnerBriefingHandler.setTaskExecutor(new SyncTaskExecutor());
        JobExecution sequential;
        try {
            sequential = run(parameters.withRevision(1)).execution();
        } finally {
            partnerBriefingHandler.setTaskExecutor(briefingExecutor);
        }

        List<StepExecution> workers = parallel.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(BriefingConfiguration.WORKER_STEP_NAME + ":"))
                .toList();
        Map<String, byte[]> parallelFiles = pdfs(folder(reports, parameters, parallel));
        Map<String, byte[]> sequentialFiles = pdfs(folder(reports, parameters, sequential));
        assertThat(workers)
                .as("one partition per partner briefing, each language")
                .hasSize(parallelFiles.size() - 2)
                .extracting(StepExecution::getStepName)
                .contains("write-partner-briefing:GE-en", "write-partner-briefing:GE-ru");
        assertThat(parallelFiles)
                .as("positive control: both languages' overall and partner briefings")
                .containsKeys(
                        "coopbrief-briefing-2020-en.pdf", "coopbrief-briefing-2020-ru.pdf", "partners/GE-2020-ru.pdf")
                .hasSizeGreaterThan(20);
        assertThat(sequentialFiles.keySet()).isEqualTo(parallelFiles.keySet());
        parallelFiles.forEach(
                (name, bytes) -> assertThat(sequentialFiles.get(name)).as(name).isEqualTo(bytes));
        StepExecution manager = parallel.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(BriefingConfiguration.PARTNERS_STEP_NAME))
                .findFirst()
                .orElseThrow();
        assertThat(manager.getWriteCount())
                .as("the manager adds up its partitions")
                .isEqualTo(parallelFiles.size() - 2);
    }

    /** (Not returning a JobExecution: the Spring Batch test listeners would take it for a factory method.) */
    private Completed run(RunParameters parameters) throws Exception {
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus())
                .as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        return new Completed(execution);
    }

    private record Completed(JobExecution execution) {}

    private static Path folder(Path reports, RunParameters parameters, JobExecution execution) {
        return reports.resolve(parameters.label())
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()));
    }

    private static Map<String, byte[]> pdfs(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

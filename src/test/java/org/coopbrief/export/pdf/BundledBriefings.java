package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.coopbrief.run.RunParameters;
import org.coopbrief.run.TestRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * One completed run of the pipeline on the bundled data into a fresh reports folder, and its
 * briefings opened for reading back (closed with it): the set-up the briefing tests share.
 */
final class BundledBriefings implements AutoCloseable {

    private final JobExecution execution;
    private final String period;
    private final Path folder;
    private final List<PdfReadBack> opened = new ArrayList<>();

    private BundledBriefings(JobExecution execution, String period, Path folder) {
        this.execution = execution;
        this.period = period;
        this.folder = folder;
    }

    /** Runs the pipeline for the latest period in {@code languages} ("en,ru"), writing under {@code reportsDir}. */
    static BundledBriefings run(JobOperatorTestUtils jobs, Job pipelineJob, String reportsDir, String languages)
            throws Exception {
        return run(jobs, pipelineJob, reportsDir, languages, null);
    }

    /** {@link #run}, for the partners selected ("GE,KZ", as {@code --partners} takes them; null for all). */
    static BundledBriefings run(
            JobOperatorTestUtils jobs, Job pipelineJob, String reportsDir, String languages, String partners)
            throws Exception {
        Path reports = Path.of(reportsDir).toAbsolutePath();
        deleteTree(reports);
        RunParameters parameters =
                TestRuns.resolve(Path.of("input").toAbsolutePath(), "latest", null, languages, "BY", partners);
        jobs.setJob(pipelineJob);
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus())
                .as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        String period = parameters.label();
        Path folder = reports.resolve(period)
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()));
        return new BundledBriefings(execution, period, folder);
    }

    JobExecution execution() {
        return execution;
    }

    String period() {
        return period;
    }

    Path folder() {
        return folder;
    }

    PdfReadBack overall(String lang) {
        return open(folder.resolve("coopbrief-briefing-" + period + "-" + lang + ".pdf"));
    }

    PdfReadBack partner(String code, String lang) {
        return open(folder.resolve("partners").resolve(code + "-" + period + "-" + lang + ".pdf"));
    }

    PdfReadBack open(Path file) {
        PdfReadBack pdf = new PdfReadBack(file);
        opened.add(pdf);
        return pdf;
    }

    /** Every partner briefing of the run, in file-name order. */
    List<Path> partnerFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("partners"))) {
            return files.sorted().toList();
        }
    }

    @Override
    public void close() {
        opened.forEach(PdfReadBack::close);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

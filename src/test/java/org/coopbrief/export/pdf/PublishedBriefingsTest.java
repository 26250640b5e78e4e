package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopbrief.CoopbriefTest;
import org.coopbrief.run.RunParameters;
import org.coopbrief.run.TestRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The briefings as a ministry files them, from one run of the pipeline on the bundled data in
 * English and Russian: each conforms to PDF/A-1b, as veraPDF, the reference validator, checks it.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/published-briefings-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class PublishedBriefingsTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    private Path folder;
    private String period;

    @BeforeAll
    void runThePipelineOnTheBundledDataInBothLanguages() throws Exception {
        Path reports = Path.of("target/test-reports/published-briefings-test").toAbsolutePath();
        deleteTree(reports);
        RunParameters parameters =
                TestRuns.resolve(Path.of("input").toAbsolutePath(), "latest", null, "en,ru", "BY", null);
        jobs.setJob(pipelineJob);
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus())
                .as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        period = parameters.label();
        folder = reports.resolve(period)
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()));
    }

    @Test
    void theOverallAndThreePartnerBriefingsInEachLanguageBreakNoRuleOfPdfA1b() {
        Map<String, List<String>> failed = new LinkedHashMap<>();
        for (String lang : List.of("en", "ru")) {
            List<Path> files = Stream.concat(
                            Stream.of(folder.resolve("coopbrief-briefing-" + period + "-" + lang + ".pdf")),
                            Stream.of("KZ", "GE", "UZ")
                                    .map(p ->
                                            folder.resolve("partners").resolve(p + "-" + period + "-" + lang + ".pdf")))
                    .toList();
            for (Path file : files) {
                assertThat(file).exists();
                List<String> rules = PdfAValidation.failedRules(file);
                if (!rules.isEmpty()) {
                    failed.put(folder.relativize(file).toString(), rules);
                }
            }
        }
        assertThat(failed)
                .as("failed PDF/A-1b rules (clause-test: description)")
                .isEmpty();
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

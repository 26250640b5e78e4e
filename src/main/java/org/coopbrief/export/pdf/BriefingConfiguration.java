package org.coopbrief.export.pdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisResults;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The step that writes the PDF briefings, for the main pipeline. */
@Configuration(proxyBeanMethods = false)
public class BriefingConfiguration {

    public static final String STEP_NAME = "write-briefings";

    @Bean
    Step briefingStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DatasetReader reader,
            LoadRecord load,
            AnalysisResults results,
            RunFolders folders,
            CoopbriefProperties properties,
            RunLog runLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(
                        new WriteBriefings(
                                reader,
                                load,
                                parameters -> report(results, parameters),
                                folders,
                                properties.briefing(),
                                instance -> firstCreated(jobRepository, instance),
                                results::changes),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    @Bean
    BriefingDigests briefingDigests(
            JobRepository jobRepository,
            DatasetReader reader,
            LoadRecord load,
            AnalysisResults results,
            CoopbriefProperties properties) {
        return new BriefingDigests(
                reader,
                load,
                parameters -> report(results, parameters),
                properties.briefing(),
                instance -> firstCreated(jobRepository, instance),
                results::changes);
    }

    /** The day the run's first execution was created: a restart, days later, keeps the run's date of issue. */
    private static LocalDate firstCreated(JobRepository jobRepository, JobInstance instance) {
        return jobRepository.getJobExecutions(instance).stream()
                .map(JobExecution::getCreateTime)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(LocalDateTime::toLocalDate)
                .orElseThrow(() -> new IllegalStateException("run " + instance.getInstanceId() + " has no execution"));
    }

    /** The report the analysis step stored for the run's selection. */
    private static AnalysisReport report(AnalysisResults results, JobParameters parameters) {
        return results.of(RunParameters.of(parameters).selection());
    }
}

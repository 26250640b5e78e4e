package org.coopbrief.analysis;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

import org.coopbrief.dataset.DatasetReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The analysis step; where it runs in the main job is decided by PipelineJobConfiguration. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    /** Name of the step in the job repository, the run log and {@code history}. */
    static final String STEP_NAME = "analyse";

    @Bean
    Step analysisStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DatasetReader dataset,
            ResultTables results,
            SnapshotTables snapshots,
            @Qualifier("runLog") StepExecutionListener stepLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new AnalysisStep(dataset, results, snapshots, runs(jobRepository)), transactionManager)
                .listener(stepLog)
                .build();
    }

    /** A run's date of issue (its first execution's creation: a restart keeps it) and whether it completed. */
    private static AnalysisStep.Runs runs(JobRepository jobRepository) {
        return new AnalysisStep.Runs() {
            @Override
            public LocalDate issued(long run) {
                JobInstance instance = jobRepository.getJobInstance(run);
                return instance == null
                        ? LocalDate.now()
                        : jobRepository.getJobExecutions(instance).stream()
                                .map(JobExecution::getCreateTime)
                                .filter(Objects::nonNull)
                                .min(Comparator.naturalOrder())
                                .map(LocalDateTime::toLocalDate)
                                .orElse(LocalDate.now());
            }

            @Override
            public boolean completed(long run) {
                JobInstance instance = jobRepository.getJobInstance(run);
                return instance != null
                        && jobRepository.getJobExecutions(instance).stream()
                                .anyMatch(e -> e.getStatus() == BatchStatus.COMPLETED);
            }
        };
    }
}

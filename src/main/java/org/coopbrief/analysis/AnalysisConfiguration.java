package org.coopbrief.analysis;

import org.coopbrief.dataset.DatasetReader;
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
            @Qualifier("runLog") StepExecutionListener stepLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new AnalysisStep(dataset, results), transactionManager)
                .listener(stepLog)
                .build();
    }
}

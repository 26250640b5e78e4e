package org.coopbrief.pipeline;

import java.util.List;

import org.coopbrief.delivery.DeliveryConfiguration;
import org.coopbrief.ingest.IngestSummary;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.coopbrief.system.Version;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The main job behind {@code coopbrief run}, and its step order: the ingest flow, then the
 * analysis (comparisons, targets, reconciliation, stored under the run's period, as-of date,
 * reporter and partners), the workbook, the PDF briefings, then the manifest (always last: its
 * presence marks a complete run: the reports are complete), then, when recipients are configured
 * and the run delivers ({@code --deliver}), the delivery: plan the messages, send them, report.
 * A run whose deliveries partly failed completes with the exit status
 * {@link DeliveryConfiguration#FAILED_DELIVERIES}.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineJobConfiguration {

    public static final String JOB_NAME = "coopbrief";

    @Bean
    Job pipelineJob(
            JobRepository jobRepository,
            Flow ingestFlow,
            @Qualifier("analysisStep") Step analysisStep,
            @Qualifier("excelWorkbookStep") Step excelWorkbookStep,
            @Qualifier("briefingStep") Step briefingStep,
            @Qualifier("manifestStep") Step manifestStep,
            JobExecutionDecider deliveryDecider,
            @Qualifier("planDeliveriesStep") Step planDeliveriesStep,
            @Qualifier("sendDeliveriesStep") Step sendDeliveriesStep,
            @Qualifier("reportDeliveriesStep") Step reportDeliveriesStep,
            RunLog runLog) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(RunParameters.IDENTIFYING, RunParameters.OPTIONAL))
                .listener(runLog)
                .start(ingestFlow)
                .next(analysisStep)
                .next(excelWorkbookStep)
                .next(briefingStep)
                .next(manifestStep)
                .next(deliveryDecider)
                .on(DeliveryConfiguration.DELIVER)
                .to(planDeliveriesStep)
                .next(sendDeliveriesStep)
                .next(reportDeliveriesStep)
                .on(DeliveryConfiguration.FAILED_DELIVERIES)
                .end(DeliveryConfiguration.FAILED_DELIVERIES)
                .from(reportDeliveriesStep)
                .on("*")
                .end()
                .from(deliveryDecider)
                .on("*")
                .end()
                .end()
                .build();
    }

    @Bean
    Step manifestStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            RunFolders folders,
            IngestSummary summary,
            CoopbriefProperties properties,
            RunLog runLog) {
        return new StepBuilder("write-manifest", jobRepository)
                .tasklet(
                        new RunManifest(folders, summary, Version.current(), seriesLanguages(properties)),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    /** The configured languages, checked here so that a bad value stops the start naming its key. */
    private static List<Language> seriesLanguages(CoopbriefProperties properties) {
        try {
            return Language.parseList(properties.languages());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("coopbrief.languages: " + e.getMessage(), e);
        }
    }
}

package org.coopbrief.export.pdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisResults;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.run.Progress;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that write the PDF briefings, for the main pipeline: the partner briefings, a
 * partitioned step (one partition per partner and language, {@link PartnerBriefingPartitioner})
 * whose worker step ({@code partnerBriefingStep}) runs on a pool of
 * {@code coopbrief.briefing.threads} threads ({@code partnerBriefingHandler}; with
 * {@code coopbrief.partitioning=remote}, org.coopbrief.partitioning's handler sends them to
 * {@code coopbrief worker} processes instead); then the overall briefing
 * ({@code briefingStep}).
 */
@Configuration(proxyBeanMethods = false)
public class BriefingConfiguration {

    /** The manager of the partitioned partner briefings. */
    public static final String PARTNERS_STEP_NAME = "write-partner-briefings";
    /** The worker: one partner briefing in one language. */
    public static final String WORKER_STEP_NAME = "write-partner-briefing";
    /** The overall briefing in each language, after the partner briefings. */
    public static final String STEP_NAME = "write-overall-briefing";

    @Bean
    BriefingSources briefingSources(
            DatasetReader reader,
            LoadRecord load,
            AnalysisResults results,
            RunFolders folders,
            CoopbriefProperties properties,
            JobRepository jobRepository) {
        return new BriefingSources(
                reader,
                load,
                parameters -> report(results, parameters),
                folders,
                properties.briefing(),
                instance -> firstCreated(jobRepository, instance),
                results::changes);
    }

    @Bean
    Step partnerBriefingsStep(
            JobRepository jobRepository,
            Partitioner partnerBriefingPartitioner,
            PartitionHandler partnerBriefingHandler,
            @Qualifier("partnerBriefingStep") Step partnerBriefingStep,
            RunLog runLog) {
        return new StepBuilder(PARTNERS_STEP_NAME, jobRepository)
                .partitioner(WORKER_STEP_NAME, partnerBriefingPartitioner)
                .step(partnerBriefingStep)
                .partitionHandler(partnerBriefingHandler)
                .listener(runLog)
                .build();
    }

    @Bean
    @StepScope
    PartnerBriefingPartitioner partnerBriefingPartitioner(
            BriefingSources sources, @Value("#{stepExecution}") StepExecution manager, Progress progress) {
        return new PartnerBriefingPartitioner(sources, manager, progress);
    }

    /**
     * The partitions on a pool of threads in this process; one thread: one after the other, in the step's own.
     * With {@code coopbrief.partitioning=remote} the partitioning package's handler sends them to workers instead.
     */
    @Bean
    @ConditionalOnProperty(name = "coopbrief.partitioning", havingValue = "local", matchIfMissing = true)
    PartitionHandler partnerBriefingHandler(
            @Qualifier("partnerBriefingStep") Step partnerBriefingStep, TaskExecutor briefingExecutor) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partnerBriefingStep);
        handler.setTaskExecutor(briefingExecutor);
        return handler;
    }

    @Bean
    TaskExecutor briefingExecutor(CoopbriefProperties properties) {
        int threads = properties.briefing().threadCount();
        if (threads == 1) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("briefing-");
        pool.setDaemon(true);
        return pool;
    }

    @Bean
    Step partnerBriefingStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            BriefingSources sources,
            RunFolders folders,
            Progress progress) {
        return new StepBuilder(WORKER_STEP_NAME, jobRepository)
                .tasklet(new WritePartnerBriefing(sources, new BriefingFiles(folders)), transactionManager)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution worker) {
                        progress.active(PARTNERS_STEP_NAME).ifPresent(t -> t.advance(1));
                        return worker.getExitStatus();
                    }
                })
                .build();
    }

    @Bean
    Step briefingStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            BriefingSources sources,
            RunFolders folders,
            RunLog runLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new WriteOverallBriefings(sources, new BriefingFiles(folders)), transactionManager)
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

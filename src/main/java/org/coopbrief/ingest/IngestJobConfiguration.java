package org.coopbrief.ingest;

import java.nio.file.Path;

import org.coopbrief.run.Progress;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job and its step order: check the files, empty staging, load each file (chunked,
 * invalid rows skipped and recorded), reject duplicate figures, write the reject report, publish.
 * The same flow is the first part of the main pipeline.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DatasetFiles files;
    private final JdbcTemplate jdbc;
    private final StepExecutionListener stepLog;

    IngestJobConfiguration(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            DatasetFiles files,
            JdbcTemplate jdbc,
            @Qualifier("runLog") StepExecutionListener stepLog) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.files = files;
        this.jdbc = jdbc;
        this.stepLog = stepLog;
    }

    @Bean
    Job ingestJob(Flow ingestFlow, @Qualifier("runLog") JobExecutionListener runLog) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {RunParameters.INPUT}, new String[0]))
                .listener(runLog)
                .start(ingestFlow)
                .end()
                .build();
    }

    @Bean
    Flow ingestFlow(
            CoopbriefProperties properties,
            RunFolders folders,
            IngestSummary summary,
            CsvFileReader inputFileReader,
            ValidatingProcessor<?> datasetProcessor,
            StagingWriter datasetWriter,
            RejectRecorder rejectRecorder,
            FaultInjection faultInjection,
            Progress progress) {
        int chunkSize = properties.chunkSize();
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("ingest-flow")
                .start(tasklet("check-input-files", new InputFilesCheck(files, properties.maxInputFileBytes())))
                .next(tasklet("reset-staging", new StagingReset(jdbc, files)));
        for (DatasetFile<?> file : files.inLoadOrder()) {
            flow = flow.next(new StepBuilder(file.stepName(), jobRepository)
                    .<CsvRecord, StagedRow>chunk(chunkSize)
                    .transactionManager(transactionManager)
                    .reader(inputFileReader)
                    .processor(datasetProcessor)
                    .writer(datasetWriter)
                    .faultTolerant()
                    .skip(RowRejectedException.class)
                    .skipLimit(Long.MAX_VALUE)
                    .skipListener(rejectRecorder)
                    .listener(faultInjection)
                    .listener(stepLog)
                    .listener(new LoadProgress(file, progress))
                    .build());
        }
        return flow.next(tasklet("check-figure-keys", new FigureKeyCheck(jdbc)))
                .next(tasklet("write-reject-report", new RejectReport(summary, folders)))
                .next(tasklet("publish-dataset", new PublishDataset(jdbc, files)))
                .build();
    }

    private Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(stepLog)
                .build();
    }

    // One step-scoped reader, processor, writer and recorder serve every load step: each step
    // execution gets fresh instances bound to the file its step name designates.

    @Bean
    @StepScope
    CsvFileReader inputFileReader(
            @Value("#{jobParameters['input']}") String input,
            @Value("#{stepExecution.stepName}") String stepName,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long instanceId) {
        DatasetFile<?> file = files.forStep(stepName);
        Integer staged = jdbc.queryForObject("select max(line_no) from " + file.stagingTable(), Integer.class);
        Integer rejected = jdbc.queryForObject(
                "select max(line_no) from ingest_reject where job_instance_id = ?" + " and file_name = ?",
                Integer.class,
                instanceId,
                file.fileName());
        int resumeAfter = Math.max(staged == null ? 0 : staged, rejected == null ? 0 : rejected);
        return new CsvFileReader(Path.of(input).resolve(file.fileName()), file.fileName(), resumeAfter);
    }

    @Bean
    @StepScope
    ValidatingProcessor<?> datasetProcessor(@Value("#{stepExecution.stepName}") String stepName) {
        return new ValidatingProcessor<>(files.forStep(stepName), jdbc);
    }

    @Bean
    @StepScope
    StagingWriter datasetWriter(@Value("#{stepExecution.stepName}") String stepName) {
        return new StagingWriter(jdbc, files.forStep(stepName));
    }

    @Bean
    @StepScope
    RejectRecorder rejectRecorder(
            @Value("#{stepExecution.jobExecutionId}") long executionId,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long instanceId) {
        return new RejectRecorder(jdbc, executionId, instanceId);
    }
}

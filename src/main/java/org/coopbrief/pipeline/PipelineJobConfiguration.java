package org.coopbrief.pipeline;

import org.coopbrief.ingest.IngestParameters;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main job behind {@code coopbrief run}: for now the ingest flow; analysis and reports follow it. */
@Configuration(proxyBeanMethods = false)
public class PipelineJobConfiguration {

    public static final String JOB_NAME = "coopbrief";

    @Bean
    Job pipelineJob(JobRepository jobRepository, Flow ingestFlow, Step excelWorkbookStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {IngestParameters.INPUT}, new String[0]))
                .start(ingestFlow).next(excelWorkbookStep).end().build();
    }
}

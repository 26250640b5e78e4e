package org.coopbrief.export.pdf;

import java.time.LocalDate;

import org.coopbrief.analysis.AnalysisParameters;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisResults;
import org.coopbrief.dataset.Period;
import org.coopbrief.pipeline.RunLog;
import org.coopbrief.pipeline.RunParameters;
import org.coopbrief.system.RunFolders;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The step that writes the PDF briefings, for the main pipeline. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefingProperties.class)
public class BriefingConfiguration {

    public static final String STEP_NAME = "write-briefings";

    @Bean
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            AnalysisResults results, RunFolders folders, BriefingProperties properties, RunLog runLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new WriteBriefings(new DatasetTables(jdbc), parameters -> report(results, parameters), folders,
                        properties),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    /** The report the analysis step stored under the run's period, as-of date, reporter and partners. */
    private static AnalysisReport report(AnalysisResults results, JobParameters parameters) {
        AnalysisParameters key = new AnalysisParameters(LocalDate.parse(parameters.getString(RunParameters.AS_OF)),
                Period.parse(parameters.getString(RunParameters.PERIOD)), parameters.getString(RunParameters.REPORTER),
                AnalysisParameters.parsePartners(parameters.getString(RunParameters.PARTNERS)));
        return results.load(key).orElseThrow(() -> new IllegalStateException("no comparisons stored for " + key.key()
                + ": the analysis step must run before the briefings"));
    }
}

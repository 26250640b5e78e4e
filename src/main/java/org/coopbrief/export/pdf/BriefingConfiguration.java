package org.coopbrief.export.pdf;

import java.time.LocalDate;

import org.coopbrief.dataset.Period;
import org.coopbrief.pipeline.RunLog;
import org.coopbrief.pipeline.RunParameters;
import org.coopbrief.system.RunFolders;
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
            ComparisonsProvider comparisonsProvider, RunFolders folders, BriefingProperties properties, RunLog runLog) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new WriteBriefings(new DatasetTables(jdbc), comparisonsProvider, folders, properties),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    /** Until the comparisons step is in the pipeline: the printed levels only, for the run's period and as-of date. */
    @Bean
    ComparisonsProvider comparisonsProvider() {
        return (data, parameters) -> {
            String asOf = parameters.getString(RunParameters.AS_OF);
            String period = parameters.getString(RunParameters.PERIOD);
            String reporter = parameters.getString(RunParameters.REPORTER, "BY");
            return new PendingComparisons(data, PendingComparisons.defaultFrame(data, reporter,
                    asOf == null ? null : LocalDate.parse(asOf), period == null ? null : Period.parse(period)));
        };
    }
}

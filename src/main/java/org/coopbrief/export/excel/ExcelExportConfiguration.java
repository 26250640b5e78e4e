package org.coopbrief.export.excel;

import javax.sql.DataSource;

import org.coopbrief.pipeline.RunLog;
import org.coopbrief.pipeline.RunParameters;
import org.coopbrief.system.RunFolders;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The pipeline step that writes the analysts' workbook. */
@Configuration(proxyBeanMethods = false)
class ExcelExportConfiguration {

    static final String STEP_NAME = "write-workbook";

    @Bean
    Step excelWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunFolders folders, DataSource dataSource, JdbcTemplate jdbc, RunLog runLog,
            @Value("${coopbrief.version:development}") String version) {
        ExcelWorkbookStep.AnalysisFactory analyses = (parameters, runId) -> new PendingAnalysis(jdbc,
                parameters.getString(RunParameters.AS_OF), parameters.getString(RunParameters.PERIOD),
                parameters.getString(RunParameters.REPORTER), parameters.getString(RunParameters.PARTNERS));
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new ExcelWorkbookStep(folders, new JdbcWorkbookDataset(dataSource), analyses, version),
                        transactionManager)
                .listener(runLog)
                .build();
    }
}

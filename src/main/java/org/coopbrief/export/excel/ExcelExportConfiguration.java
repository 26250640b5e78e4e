package org.coopbrief.export.excel;

import javax.sql.DataSource;

import org.coopbrief.analysis.AnalysisParameters;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisResults;
import org.coopbrief.pipeline.RunLog;
import org.coopbrief.pipeline.RunParameters;
import org.coopbrief.system.RunFolders;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The pipeline step that writes the analysts' workbook from the dataset and the stored comparisons. */
@Configuration(proxyBeanMethods = false)
class ExcelExportConfiguration {

    static final String STEP_NAME = "write-workbook";

    @Bean
    Step excelWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RunFolders folders, DataSource dataSource, AnalysisResults results, RunLog runLog,
            @Value("${coopbrief.version:development}") String version) {
        ExcelWorkbookStep.AnalysisFactory analyses = (parameters, runId) -> report(results, parameters);
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(new ExcelWorkbookStep(folders, new JdbcWorkbookDataset(dataSource), analyses, version),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    /**
     * The comparisons the analysis step stored for this run's parameters (a run resolves them when
     * it is triggered, so they are all given here).
     */
    static AnalysisReport report(AnalysisResults results, JobParameters parameters) {
        String asOf = parameters.getString(RunParameters.AS_OF);
        String period = parameters.getString(RunParameters.PERIOD);
        String reporter = parameters.getString(RunParameters.REPORTER);
        if (asOf == null || period == null || AnalysisParameters.parsePeriod(period) == null) {
            throw new IllegalStateException("the run has no resolved period and as-of date: cannot find its comparisons");
        }
        AnalysisParameters key = new AnalysisParameters(AnalysisParameters.parseAsOf(asOf),
                AnalysisParameters.parsePeriod(period),
                reporter == null || reporter.isBlank() ? AnalysisParameters.DEFAULT_REPORTER : reporter.strip(),
                AnalysisParameters.parsePartners(parameters.getString(RunParameters.PARTNERS)));
        return results.load(key).orElseThrow(() -> new IllegalStateException(
                "no comparisons stored for " + key.key() + ": the analysis step runs before the workbook"));
    }
}

package org.coopbrief.export.excel;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.AnalysisResults;
import org.coopbrief.analysis.Changes;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.coopbrief.system.Version;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The pipeline step that writes the analysts' workbook from the dataset and the stored comparisons. */
@Configuration(proxyBeanMethods = false)
class ExcelExportConfiguration {

    static final String STEP_NAME = "write-workbook";

    @Bean
    Step excelWorkbookStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            RunFolders folders,
            DatasetReader reader,
            LoadRecord load,
            AnalysisResults results,
            RunLog runLog,
            CoopbriefProperties properties) {
        ExcelWorkbookStep.AnalysisFactory analyses = new ExcelWorkbookStep.AnalysisFactory() {
            @Override
            public AnalysisReport forRun(JobParameters parameters, long runId) {
                return report(results, parameters);
            }

            @Override
            public Changes changes(long runId) {
                return results.changes(runId);
            }
        };
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet(
                        new ExcelWorkbookStep(
                                folders,
                                new ReaderWorkbookDataset(reader, load),
                                analyses,
                                Version.current(),
                                java.nio.file.Path.of(properties.home())),
                        transactionManager)
                .listener(runLog)
                .build();
    }

    /** The comparisons the analysis step stored for this run's selection (resolved when the run was triggered). */
    static AnalysisReport report(AnalysisResults results, JobParameters parameters) {
        return results.of(RunParameters.of(parameters).selection());
    }
}

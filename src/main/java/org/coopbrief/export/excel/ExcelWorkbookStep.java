package org.coopbrief.export.excel;

import java.nio.file.Path;
import java.util.List;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code coopbrief-<period>.xlsx} into the run's report folder, and
 * {@code coopbrief-<period>-ru.xlsx} beside it when Russian is among the run's languages, each
 * under a temporary name first, so a half-written workbook never carries the final name. A
 * restart rewrites them.
 */
class ExcelWorkbookStep implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExcelWorkbookStep.class);

    /** The comparisons stored for one run, found from its job parameters. */
    interface AnalysisFactory {
        AnalysisReport forRun(org.springframework.batch.core.job.parameters.JobParameters parameters, long runId);

        /** What is new in the run since the previous briefing of its series. */
        Changes changes(long runId);
    }

    private final RunFolders folders;
    private final WorkbookDataset dataset;
    private final AnalysisFactory analyses;
    private final WorkbookWriter writer = new WorkbookWriter();

    private final String version;
    private final Path home;

    /** @param home the project's folder: the About sheet records the input folder relative to it */
    ExcelWorkbookStep(
            RunFolders folders, WorkbookDataset dataset, AnalysisFactory analyses, String version, Path home) {
        this.folders = folders;
        this.home = home;
        this.version = version;
        this.dataset = dataset;
        this.analyses = analyses;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long runId = job.getJobInstance().getInstanceId();
        String label = RunParameters.label(job.getJobParameters());
        // two independent reads back from the database: the second on a core of its own meanwhile
        var changesRead = Prefetch.start("workbook-changes", () -> analyses.changes(runId));
        AnalysisReport analysis = analyses.forRun(job.getJobParameters(), runId);
        Changes changes = Prefetch.result(changesRead);
        RunInfo run = new RunInfo(runId, "coopbrief " + version, RunInfo.relative(home, dataset.inputDir()));
        // the English workbook is the analysts' contract and always written; another language's beside it
        List<Language> languages = RunParameters.of(job.getJobParameters()).languages();
        for (Language language : Language.values()) {
            if (language != Language.EN && !languages.contains(language)) {
                continue;
            }
            String fileName = WorkbookWriter.fileName(analysis.parameters(), language);
            Path target = folders.runFolder(label, runId).resolve(fileName);
            folders.writeAtomically(
                    target,
                    tmp -> writer.write(
                            tmp, fileName, new WorkbookWriter.Inputs(run, dataset, analysis, language, changes)));
            log.info("workbook written: {}", target);
        }
        return RepeatStatus.FINISHED;
    }
}

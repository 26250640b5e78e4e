package org.coopbrief.analysis;

import java.time.LocalDate;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The analysis step of the main job: reads the published dataset, resolves the parameters the
 * run did not give, runs the calculators and replaces the results stored under those parameters,
 * all in the step's one transaction (a failure leaves the previous results as they were).
 */
class AnalysisStep implements Tasklet {

    /** Keys of the step's execution context: what the run computed, for the terminal. */
    static final String SUMMARY = "analysis.summary";

    /** What the job repository knows of runs: their date of issue, whether they completed. */
    interface Runs {
        /** The day the run's first execution was created. */
        LocalDate issued(long run);

        /** The run has a completed execution. */
        boolean completed(long run);
    }

    private final DatasetReader dataset;
    private final ResultTables results;
    private final SnapshotTables snapshots;
    private final Runs runs;

    AnalysisStep(DatasetReader dataset, ResultTables results, SnapshotTables snapshots, Runs runs) {
        this.dataset = dataset;
        this.results = results;
        this.snapshots = snapshots;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        // resolved and checked when the run was triggered
        RunParameters run = RunParameters.of(step.getJobExecution().getJobParameters());
        ReportSelection selection = run.selection();
        AnalysisInput input = AnalysisInput.read(dataset);
        AnalysisReport report = Analysis.run(input, selection);
        results.replace(report, step.getJobExecutionId());
        // what this run saw, kept with it; compared with the previous complete run of its series
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        RunSnapshot snapshot = RunSnapshot.of(
                runId,
                runs.issued(runId),
                report,
                input.entities(),
                input.figures(),
                input.targets(),
                dataset::eventsByDate);
        Long previous = snapshots.candidatesBefore(run.series(), selection.asOf(), selection.focus(), runId).stream()
                .filter(runs::completed)
                .findFirst()
                .orElse(null);
        snapshots.replace(run.series(), snapshot, previous);
        contribution.incrementWriteCount(report.comparisons().size()
                + report.flows().size()
                + report.growth().size()
                + report.targets().size()
                + report.findings().size());
        ExecutionContext context = step.getExecutionContext();
        context.putString(SUMMARY, summary(report));
        return RepeatStatus.FINISHED;
    }

    static String summary(AnalysisReport r) {
        return "analysis (" + r.parameters().describe() + "): "
                + r.comparisons().size() + " comparisons, " + r.targets().size() + " targets, "
                + r.findings().size() + " data-quality findings";
    }
}

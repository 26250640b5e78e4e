package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Entity;
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
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        // what this run saw, kept with it; compared with the previous complete run of its series
        Seen seen =
                analyseAndStore(selection, runId, step.getJobExecutionId(), contribution, step.getExecutionContext());
        Long previous = snapshots.candidatesBefore(run.series(), selection.asOf(), selection.focus(), runId).stream()
                .filter(runs::completed)
                .findFirst()
                .orElse(null);
        snapshots.replace(
                run.series(),
                seen.snapshot(),
                previous,
                RunSnapshot.seenEvents(selection, seen.entities(), dataset::eventsByDate));
        return RepeatStatus.FINISHED;
    }

    /** What the run saw, its events apart (streamed to the table as they are read). */
    private record Seen(RunSnapshot snapshot, List<Entity> entities) {}

    /**
     * Computes the report and stores it; returns what the run saw. Apart from the step so that the
     * dataset's rows and the report are no longer held while the snapshot is written.
     */
    private Seen analyseAndStore(
            ReportSelection selection,
            long runId,
            Long jobExecutionId,
            StepContribution contribution,
            ExecutionContext context) {
        Computed computed = compute(selection, runId);
        AnalysisReport report = computed.report();
        results.replace(report, jobExecutionId);
        contribution.incrementWriteCount(report.comparisons().size()
                + report.flows().size()
                + report.growth().size()
                + report.targets().size()
                + report.findings().size());
        context.putString(SUMMARY, summary(report));
        return new Seen(computed.snapshot(), computed.entities());
    }

    private record Computed(AnalysisReport report, RunSnapshot snapshot, List<Entity> entities) {}

    /** The report and what the run saw, from the dataset's rows, which are dropped on return. */
    private Computed compute(ReportSelection selection, long runId) {
        AnalysisInput input = AnalysisInput.read(dataset);
        AnalysisReport report = Analysis.run(input, selection);
        RunSnapshot snapshot = RunSnapshot.of(
                runId, runs.issued(runId), report, input.entities(), input.figures(), input.targets(), none -> {});
        return new Computed(report, snapshot, input.entities());
    }

    static String summary(AnalysisReport r) {
        return "analysis (" + r.parameters().describe() + "): "
                + r.comparisons().size() + " comparisons, " + r.targets().size() + " targets, "
                + r.findings().size() + " data-quality findings";
    }
}

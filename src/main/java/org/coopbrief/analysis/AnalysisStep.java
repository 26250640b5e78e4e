package org.coopbrief.analysis;

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

    private final DatasetReader dataset;
    private final ResultTables results;

    AnalysisStep(DatasetReader dataset, ResultTables results) {
        this.dataset = dataset;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        // resolved and checked when the run was triggered
        ReportSelection selection =
                RunParameters.of(step.getJobExecution().getJobParameters()).selection();
        AnalysisReport report = Analysis.run(AnalysisInput.read(dataset), selection);
        results.replace(report, step.getJobExecutionId());
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

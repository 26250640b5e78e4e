package org.coopbrief.analysis;

import org.springframework.batch.core.job.parameters.JobParameters;
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

    private final DatasetTables dataset;
    private final ResultTables results;

    AnalysisStep(DatasetTables dataset, ResultTables results) {
        this.dataset = dataset;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        AnalysisInput input = dataset.load();
        AnalysisParameters p = AnalysisParameters.resolve(input.figures(), params.getString(AnalysisParameters.AS_OF),
                params.getString(AnalysisParameters.PERIOD), params.getString(AnalysisParameters.REPORTER),
                params.getString(AnalysisParameters.PARTNERS));
        AnalysisReport report = Analysis.run(input, p);
        results.replace(report, step.getJobExecutionId());
        contribution.incrementWriteCount(report.comparisons().size() + report.flows().size() + report.growth().size()
                + report.targets().size() + report.findings().size());
        ExecutionContext context = step.getExecutionContext();
        context.putString(SUMMARY, summary(report));
        return RepeatStatus.FINISHED;
    }

    static String summary(AnalysisReport r) {
        AnalysisParameters p = r.parameters();
        return "analysis (reporter " + p.reporter() + ", period " + (p.focus() == null ? "none" : p.focus().code())
                + ", as of " + p.asOf() + (p.partners().isEmpty() ? "" : ", partners " + String.join(",", p.partners()))
                + "): " + r.comparisons().size() + " comparisons, " + r.targets().size() + " targets, "
                + r.findings().size() + " data-quality findings";
    }
}

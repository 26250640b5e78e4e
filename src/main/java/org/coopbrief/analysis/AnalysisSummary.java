package org.coopbrief.analysis;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The one-line summary an analysis step leaves in its execution, for the terminal. */
public final class AnalysisSummary {

    private AnalysisSummary() {}

    public static Optional<String> of(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(AnalysisConfiguration.STEP_NAME))
                .map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(AnalysisStep.SUMMARY))
                .map(c -> c.getString(AnalysisStep.SUMMARY))
                .findFirst();
    }
}

package org.coopbrief.analysis;

import java.util.Optional;

import org.coopbrief.run.ReportSelection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of the comparisons for the exports (Excel, PDF): the results the analysis step
 * stored, by selection or the latest run.
 */
@Component
public class AnalysisResults {

    private final ResultTables tables;

    AnalysisResults(ResultTables tables) {
        this.tables = tables;
    }

    /** The report stored for exactly this (resolved) selection, if that analysis has run. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> load(ReportSelection selection) {
        return tables.load(selection.key());
    }

    /** The report of a run whose analysis step has completed: the exports' way in. */
    @Transactional(readOnly = true)
    public AnalysisReport of(ReportSelection selection) {
        return load(selection)
                .orElseThrow(() -> new IllegalStateException("no comparisons stored for " + selection.describe()
                        + ": the analysis step runs before the exports"));
    }

    /** The most recently computed report, if any analysis has run. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> latest() {
        return tables.latestKey().flatMap(tables::load);
    }
}

package org.coopbrief.analysis;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of the comparisons for the exports (Excel, PDF): the results the analysis step
 * stored, by parameters or the latest run.
 */
@Component
public class AnalysisResults {

    private final ResultTables tables;

    AnalysisResults(ResultTables tables) {
        this.tables = tables;
    }

    /** The report stored for exactly these (resolved) parameters, if that analysis has run. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> load(AnalysisParameters parameters) {
        return tables.load(parameters.key());
    }

    /** The report stored under a key as returned by {@link AnalysisParameters#key()}. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> load(String key) {
        return tables.load(key);
    }

    /** The most recently computed report, if any analysis has run. */
    @Transactional(readOnly = true)
    public Optional<AnalysisReport> latest() {
        return tables.latestKey().flatMap(tables::load);
    }
}

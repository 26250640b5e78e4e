package org.coopbrief.analysis;

import java.util.Optional;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.run.ReportSelection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of the comparisons for the exports (Excel, PDF): the results the analysis step
 * stored, by selection or the latest run.
 */
@Component
public class AnalysisResults {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnalysisResults.class);

    private final ResultTables tables;
    private final SnapshotTables snapshots;
    private final DatasetReader dataset;

    AnalysisResults(ResultTables tables, SnapshotTables snapshots, DatasetReader dataset) {
        this.tables = tables;
        this.snapshots = snapshots;
        this.dataset = dataset;
    }

    /**
     * What is new in a run since the previous complete run of its series, from what each of them saw
     * (stored by their analysis step): the exports' and the delivery's way to the "what's new" points.
     */
    @Transactional(readOnly = true)
    public Changes changes(long run) {
        Optional<RunSnapshot> stored = snapshots.load(run);
        if (stored.isEmpty()) {
            // a run whose analysis ran before snapshots were kept (restarted after the upgrade to V6)
            log.warn("run {} stored no snapshot of what it saw: its briefings compare it with nothing", run);
            // (no rows: the reporter names nothing)
            return Changes.first(ReportSelection.DEFAULT_REPORTER);
        }
        RunSnapshot current = stored.get();
        RunSnapshot previous =
                snapshots.previousOf(run).flatMap(snapshots::load).orElse(null);
        return Changes.between(previous, current, dataset.entities(), dataset.russianItems());
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

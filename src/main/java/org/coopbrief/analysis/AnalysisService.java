package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Entity;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RequestedPeriod;
import org.coopbrief.run.SelectionRule;
import org.springframework.stereotype.Component;

/**
 * Runs the comparisons on the loaded dataset without storing them, for commands that only show
 * results ({@code compare}).
 */
@Component
public class AnalysisService {

    private final DatasetReader dataset;
    private final SnapshotTables snapshots;

    AnalysisService(DatasetReader dataset, SnapshotTables snapshots) {
        this.dataset = dataset;
        this.snapshots = snapshots;
    }

    /**
     * What is new in {@code current} (a report computed here, on the loaded data) since what run
     * {@code run} saw, cut to the current report's partners (each with what is inside it).
     *
     * @throws IllegalArgumentException when no run of that id stored what it saw
     */
    public Changes changesSince(long run, AnalysisReport current) {
        RunSnapshot previous = snapshots
                .load(run)
                .orElseThrow(() -> new IllegalArgumentException("--since " + run
                        + ": no run with that id has stored what it saw (ids: coopbrief history; runs of"
                        + " 'run' only)"));
        List<Entity> entities = dataset.entities();
        RunSnapshot now = RunSnapshot.of(
                0,
                LocalDate.now(),
                current,
                entities,
                dataset.figuresWithoutNotes(),
                dataset.targets(),
                dataset::eventsByDate);
        java.util.Set<String> partners = new java.util.HashSet<>();
        org.coopbrief.dataset.EntityTree tree = org.coopbrief.dataset.EntityTree.of(entities);
        current.parameters().partners().forEach(p -> partners.addAll(tree.within(p)));
        return Changes.between(previous.within(partners), now, entities, dataset.russianItems());
    }

    /**
     * Computes the report for one partner, the selection resolved on the loaded data by the same
     * rule as {@code run} ({@link SelectionRule}).
     *
     * @param asOf    null for the default
     * @param partner null for every partner
     * @throws IllegalArgumentException with a message for the user when a value does not fit the data
     */
    public AnalysisReport compute(RequestedPeriod period, LocalDate asOf, String reporter, String partner) {
        AnalysisInput input = AnalysisInput.read(dataset);
        ReportSelection selection = SelectionRule.resolve(
                period,
                asOf,
                reporter,
                partner == null ? List.of() : List.of(partner),
                input.facts(),
                "the loaded data");
        return Analysis.run(input, selection);
    }

    /** An entity of the loaded dataset. */
    public Optional<Entity> entity(String code) {
        return dataset.entities().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** True when a dataset has been loaded (the entity table is not empty). */
    public boolean hasData() {
        return !dataset.entities().isEmpty();
    }
}

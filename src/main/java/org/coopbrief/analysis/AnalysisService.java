package org.coopbrief.analysis;

import java.util.Optional;

import org.coopbrief.dataset.Entity;
import org.springframework.stereotype.Component;

/**
 * Runs the comparisons on the loaded dataset without storing them: for commands that only show
 * results ({@code compare}) and for the analysis step, which stores what it gets.
 */
@Component
public class AnalysisService {

    private final DatasetTables dataset;

    AnalysisService(DatasetTables dataset) {
        this.dataset = dataset;
    }

    /**
     * Computes the report for the given options; null or blank options take their defaults
     * (see {@link AnalysisParameters}). Throws IllegalArgumentException for a malformed date or
     * period or an unknown reporter or partner code, with a message for the user.
     */
    public AnalysisReport compute(String asOf, String period, String reporter, String partners) {
        AnalysisInput input = dataset.load();
        return Analysis.run(input, AnalysisParameters.resolve(input.figures(), asOf, period, reporter, partners));
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

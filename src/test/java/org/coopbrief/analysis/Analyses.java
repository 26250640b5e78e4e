package org.coopbrief.analysis;

import java.util.List;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Target;
import org.coopbrief.run.ReportSelection;

/** Runs the analysis on a dataset held in memory, without Spring: for the tests of the exports. */
public final class Analyses {

    private Analyses() {}

    public static AnalysisReport run(
            List<Entity> entities,
            List<ExchangeRate> rates,
            List<Figure> figures,
            List<Target> targets,
            ReportSelection parameters) {
        return Analysis.run(new AnalysisInput(entities, rates, figures, targets), parameters);
    }
}

package org.coopbrief.analysis;

import java.util.List;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Target;

/** The loaded dataset the comparisons are computed from, figures in file order. */
record AnalysisInput(List<Entity> entities, List<ExchangeRate> rates, List<Figure> figures, List<Target> targets) {

    AnalysisInput {
        entities = List.copyOf(entities);
        rates = List.copyOf(rates);
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
    }
}

package org.coopbrief.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Target;
import org.coopbrief.run.DataFacts;

/** The loaded dataset the comparisons are computed from, figures in file order. */
record AnalysisInput(List<Entity> entities, List<ExchangeRate> rates, List<Figure> figures, List<Target> targets) {

    AnalysisInput {
        entities = List.copyOf(entities);
        rates = List.copyOf(rates);
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
    }

    /** The published dataset, as the analysis uses it (the figures without their notes, which it never reads). */
    static AnalysisInput read(DatasetReader reader) {
        return new AnalysisInput(reader.entities(), reader.rates(), reader.figuresWithoutNotes(), reader.targets());
    }

    /** What the selection rule needs of this dataset. */
    DataFacts facts() {
        Map<String, String> parents = new HashMap<>();
        entities.forEach(e -> parents.put(e.code(), e.parent()));
        return new DataFacts(
                parents,
                figures.stream()
                        .map(f -> new DataFacts.FigurePeriod(
                                f.reporter(), f.indicator().isTradeFlow(), f.period()))
                        .toList());
    }
}

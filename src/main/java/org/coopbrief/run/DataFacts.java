package org.coopbrief.run;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Period;
import org.jspecify.annotations.Nullable;

/**
 * What the selection rule needs to know of a dataset: its entity codes (with their parents) and
 * the reporter, kind and period of each figure. Read from the input files when a run is
 * triggered, or from the loaded tables for {@code compare}.
 */
public record DataFacts(Map<String, @Nullable String> parents, List<FigurePeriod> figures) {

    /** One figure's reporter, whether it is a trade flow, and its period. */
    public record FigurePeriod(String reporter, boolean tradeFlow, Period period) {}

    public DataFacts {
        parents = new HashMap<>(parents);
        figures = List.copyOf(figures);
    }

    public boolean knows(String code) {
        return parents.containsKey(code);
    }

    /** The code and every entity inside it (its regions, cities, companies...). */
    public Set<String> within(String code) {
        return new EntityTree(parents).within(code);
    }

    Optional<LocalDate> latestEnd() {
        return dated().map(Period::end).max(Comparator.naturalOrder());
    }

    Optional<LocalDate> earliestEnd() {
        return dated().map(Period::end).min(Comparator.naturalOrder());
    }

    /** The latest calendar year with a trade figure of exactly this reporter, ending at or before asOf. */
    Optional<Period> latestTradeYear(String reporter, LocalDate asOf) {
        return figures.stream()
                .filter(f -> f.tradeFlow() && f.reporter().equals(reporter))
                .map(FigurePeriod::period)
                .filter(Period::isFullYear)
                .filter(p -> !p.end().isAfter(asOf))
                .max(Comparator.naturalOrder());
    }

    /** True when a figure of one of these reporters falls within the period and ends at or before asOf. */
    boolean hasFigureIn(Set<String> reporters, Period focus, LocalDate asOf) {
        return figures.stream()
                .filter(f -> reporters.contains(f.reporter()))
                .map(FigurePeriod::period)
                .filter(Period::isDated)
                .filter(p -> !p.end().isAfter(asOf))
                .anyMatch(p -> !p.start().isBefore(focus.start()) && !p.end().isAfter(focus.end()));
    }

    private java.util.stream.Stream<Period> dated() {
        return figures.stream().map(FigurePeriod::period).filter(Period::isDated);
    }
}

package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;

/**
 * All levels by series and period, one per slot. A reported level beats a derived one, which
 * beats an implied one: a computed value never overrides a printed one.
 */
final class LevelPool {

    private final Map<SeriesKey, TreeMap<Period, Level>> bySeries = new LinkedHashMap<>();

    /** The series of each reporter, partner and indicator, in the order they were first offered. */
    private final Map<Pair, List<SeriesKey>> byPair = new HashMap<>();

    private record Pair(String reporter, String partner, Indicator indicator) {}

    /** {@link #all()} as last sorted; dropped when a level is added (the analysis asks for it three times). */
    private List<Level> sorted;

    /** Adds the level unless its slot holds one of the same or a stronger origin; true when added. */
    boolean offer(Level level) {
        TreeMap<Period, Level> series = bySeries.computeIfAbsent(level.series(), k -> {
            byPair.computeIfAbsent(new Pair(k.reporter(), k.partner(), k.indicator()), p -> new ArrayList<>())
                    .add(k);
            return new TreeMap<>();
        });
        Level present = series.get(level.period());
        if (present != null && present.origin().ordinal() <= level.origin().ordinal()) {
            return false;
        }
        series.put(level.period(), level);
        sorted = null;
        return true;
    }

    void offerAll(Collection<Level> levels) {
        levels.forEach(this::offer);
    }

    Level get(SeriesKey series, Period period) {
        TreeMap<Period, Level> s = bySeries.get(series);
        return s == null ? null : s.get(period);
    }

    /** The levels of one series in period order. */
    List<Level> series(SeriesKey series) {
        TreeMap<Period, Level> s = bySeries.get(series);
        return s == null ? List.of() : List.copyOf(s.values());
    }

    Collection<SeriesKey> seriesKeys() {
        return bySeries.keySet();
    }

    /**
     * The series of one reporter, partner and indicator (every scope, item and unit), in the order
     * of {@link #seriesKeys()}: a lookup, not a scan of every series.
     */
    List<SeriesKey> seriesKeys(String reporter, String partner, Indicator indicator) {
        return byPair.getOrDefault(new Pair(reporter, partner, indicator), List.of());
    }

    /** Every level, sorted by series and period; unmodifiable. */
    List<Level> all() {
        if (sorted != null) {
            return sorted;
        }
        List<Level> all = new ArrayList<>();
        bySeries.values().forEach(s -> all.addAll(s.values()));
        all.sort(Comparator.comparing(Level::reporter)
                .thenComparing(Level::partner)
                .thenComparing(Level::indicator)
                .thenComparing(Level::scope)
                .thenComparing(Level::item, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Level::unit)
                .thenComparing(Level::period));
        sorted = java.util.Collections.unmodifiableList(all);
        return sorted;
    }
}

package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;

/**
 * Year-over-year change of every level against the same stretch of the calendar one year earlier:
 * abs = v(t) - v(t-1); pct = (v(t) / v(t-1) - 1) x 100, only when v(t-1) > 0. A partial year is
 * compared only with the same months a year earlier, never annualised, never with a full year.
 */
final class YearOverYear {

    /** The change of one level, or null when its series has no level one comparable period earlier. */
    static Change change(Level now, LevelPool pool) {
        Period previous = now.period().previousComparable().orElse(null);
        if (previous == null) {
            return null;
        }
        Level before = pool.get(now.series(), previous);
        if (before == null) {
            return null;
        }
        boolean approximate = now.approximate() || before.approximate();
        return new Change(
                previous,
                before.amount(),
                before.origin(),
                before.approximate(),
                Decimals.amount(now.amount().subtract(before.amount(), Decimals.MC)),
                now.unit() == Unit.PERCENT ? null : Decimals.pctChange(now.amount(), before.amount()),
                approximate);
    }

    /**
     * A row for every level of the pool, and one for every chosen figure that states only a
     * growth rate and whose period has no level. Share and standing are left for {@link ShareAndRank}.
     */
    static List<ComparisonRow> rows(LevelPool pool, Map<ReportedLevels.FigureKey, Figure> chosen, Period focus) {
        List<ComparisonRow> rows = new ArrayList<>();
        Set<ReportedLevels.FigureKey> withLevel = new HashSet<>();
        for (Level l : pool.all()) {
            ReportedLevels.FigureKey key = ReportedLevels.FigureKey.of(l);
            withLevel.add(key);
            Figure printed = chosen.get(key);
            StatedGrowth stated = printed == null ? null : printed.growth();
            rows.add(new ComparisonRow(
                    l.reporter(),
                    l.partner(),
                    l.indicator(),
                    l.scope(),
                    l.item(),
                    l.period(),
                    l,
                    change(l, pool),
                    stated,
                    null,
                    l.period().equals(focus)));
        }
        chosen.forEach((key, f) -> {
            if (f.value() == null && f.growth() != null && !withLevel.contains(key)) {
                rows.add(new ComparisonRow(
                        f.reporter(),
                        f.partner(),
                        f.indicator(),
                        f.scope(),
                        f.item(),
                        f.period(),
                        null,
                        null,
                        f.growth(),
                        null,
                        f.period().equals(focus)));
            }
        });
        return rows;
    }
}

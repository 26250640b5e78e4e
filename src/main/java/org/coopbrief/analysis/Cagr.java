package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compound annual growth between two annual values: (v_end / v_start)^(1/years) - 1. Only full
 * calendar years enter; every pair of annual levels of a series at least two years apart gives
 * one row (one year apart is the year-over-year change).
 */
final class Cagr {

    private Cagr() {}

    /** CAGR in percent; null unless both values are positive and years > 0. */
    static BigDecimal pct(BigDecimal start, BigDecimal end, int years) {
        return Decimals.annualGrowthPct(start, end, years);
    }

    static List<GrowthRow> rows(LevelPool pool) {
        List<GrowthRow> rows = new ArrayList<>();
        for (SeriesKey key : pool.seriesKeys()) {
            List<Level> annual = pool.series(key).stream()
                    .filter(l -> l.period().isFullYear())
                    .toList();
            for (int j = 1; j < annual.size(); j++) {
                for (int i = 0; i < j; i++) {
                    Level start = annual.get(i);
                    Level end = annual.get(j);
                    int years = end.period().year() - start.period().year();
                    if (years < 2) {
                        continue;
                    }
                    rows.add(new GrowthRow(
                            key.reporter(),
                            key.partner(),
                            key.indicator(),
                            key.scope(),
                            key.item(),
                            key.unit(),
                            start.period(),
                            start.amount(),
                            start.origin(),
                            end.period(),
                            end.amount(),
                            end.origin(),
                            years,
                            Decimals.pctChange(end.amount(), start.amount()),
                            pct(start.amount(), end.amount(), years),
                            start.approximate(),
                            end.approximate()));
                }
            }
        }
        return rows;
    }
}

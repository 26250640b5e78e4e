package org.coopbrief.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Period;

/**
 * The multi-year growth shown beside a comparison: of the growth rows of the same series (reporter,
 * partner, indicator, scope, item and unit) that end in the comparison's period and have a CAGR,
 * the one over the longest span (the first listed, should two spans be equally long). A span without
 * a CAGR (a level not above zero) is passed over for a shorter one that has one.
 * <p>
 * Built once from a report ({@link AnalysisReport#longestGrowth()}) and looked up per row.
 */
public final class LongestGrowth {

    private final Map<End, GrowthRow> longest = new HashMap<>();

    LongestGrowth(List<GrowthRow> growth) {
        for (GrowthRow g : growth) {
            if (g.cagrPct() != null) {
                longest.merge(
                        new End(
                                new SeriesKey(g.reporter(), g.partner(), g.indicator(), g.scope(), g.item(), g.unit()),
                                g.endPeriod()),
                        g,
                        (a, b) -> a.years() >= b.years() ? a : b);
            }
        }
    }

    /**
     * The growth over the longest span of the row's series ending in the row's period; null when
     * there is none (a row without a level, or no annual level at least two years earlier).
     */
    public GrowthRow endingAt(ComparisonRow row) {
        return longest.get(new End(
                new SeriesKey(row.reporter(), row.partner(), row.indicator(), row.scope(), row.item(), row.unit()),
                row.period()));
    }

    /** A series and the period a span of it ends in. */
    private record End(SeriesKey series, Period period) {}
}

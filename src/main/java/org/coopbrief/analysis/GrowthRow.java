package org.coopbrief.analysis;

import java.math.BigDecimal;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * Multi-year growth of one series between two annual levels at least two years apart.
 *
 * @param totalPct (end / start - 1) x 100; null unless start > 0
 * @param cagrPct  (end / start)^(1/years) - 1, in percent; null unless both are positive
 * @param startApproximate whether the start level is approximate (shown "~" on its own)
 * @param endApproximate   whether the end level is approximate
 */
public record GrowthRow(
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        String item,
        Unit unit,
        Period startPeriod,
        BigDecimal startAmount,
        Origin startOrigin,
        Period endPeriod,
        BigDecimal endAmount,
        Origin endOrigin,
        int years,
        BigDecimal totalPct,
        BigDecimal cagrPct,
        boolean startApproximate,
        boolean endApproximate) {

    /** Whether the growth is approximate: either end is (the change and the CAGR then carry "~"). */
    public boolean approximate() {
        return startApproximate || endApproximate;
    }
}

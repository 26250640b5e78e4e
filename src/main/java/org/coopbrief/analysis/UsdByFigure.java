package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/**
 * A printed figure's value in USD million. A figure the comparisons rest on has the amount of its
 * reported level in USD million (a level resting on that figure alone), so other currencies are
 * converted as the comparisons converted them. A figure outside the comparisons (another reporter,
 * an undated number, a period after the as-of date, a version a conflict left out) is only rescaled
 * when it is in US dollars; in another currency, or not money, it has none.
 * <p>
 * Built once from a report ({@link AnalysisReport#usdByFigure()}) and looked up per figure.
 */
public final class UsdByFigure {

    private final Map<String, BigDecimal> converted = new HashMap<>();

    UsdByFigure(List<ComparisonRow> comparisons) {
        for (ComparisonRow r : comparisons) {
            Level v = r.value();
            if (v != null
                    && v.origin() == Origin.REPORTED
                    && v.unit() == Unit.USD_M
                    && v.figureIds().size() == 1) {
                converted.put(v.figureIds().get(0), v.amount());
            }
        }
    }

    /**
     * The figure's value in USD million, or null when it has no value, unit or period, is not money,
     * or is in another currency than US dollars and outside the comparisons.
     *
     * @param figureId the figures.csv row id
     * @param value    the value as printed
     * @param unit     the printed unit
     * @param period   the figure's period
     */
    public BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period) {
        if (value == null || unit == null || period == null) {
            return null;
        }
        BigDecimal usd = converted.get(figureId);
        if (usd != null) {
            return usd;
        }
        if (!unit.isMoney() || !"USD".equals(unit.currency().orElse(null))) {
            return null;
        }
        return value.multiply(unit.millionsPerUnit()); // US dollars only change scale
    }
}

package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * A data-quality finding: two numbers that should agree, side by side, with the tolerance applied.
 * Flow findings are recorded only when the numbers differ by more than the tolerance; a growth finding
 * whenever a stated growth and the change shown beside it differ beyond the rounding of the printed
 * numbers, {@code withinTolerance} saying whether the statement's words ("more than doubled") or its
 * currency reconcile them; every conflict group is recorded, {@code withinTolerance} saying whether its
 * versions really differ.
 *
 * @param findingId       stable key: kind, then the figure ids
 * @param item            the part of the whole ("butter"); null for the whole
 * @param figureIds       the figures.csv rows involved
 * @param firstLabel      what the first number is ("stated 'by 31%' on 2017", "turnover 18.8"), worded by the exports
 * @param secondLabel     what the second number is ("computed from 38.7 (2018) and 29.5 (2017)", "exports + imports")
 * @param difference      second - first
 * @param tolerance       the largest difference the rounding of the printed inputs allows
 * @param toleranceBasis  how the tolerance was derived, as clauses the exports word in their language
 * @param unit            PERCENT (a growth finding: numbers in percent, difference in percentage points) or
 *                        the unit of the amounts (USD_M for money)
 * @param approximate     an input is approximate, derived or implied
 * @param message         the finding, as clauses the exports word in their language
 */
public record FindingRow(
        String findingId,
        FindingKind kind,
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        String item,
        Period period,
        List<String> figureIds,
        Reason firstLabel,
        BigDecimal firstAmount,
        Reason secondLabel,
        BigDecimal secondAmount,
        BigDecimal difference,
        BigDecimal tolerance,
        Reason toleranceBasis,
        Unit unit,
        boolean withinTolerance,
        boolean approximate,
        Reason message) {

    public FindingRow {
        figureIds = List.copyOf(figureIds);
        firstLabel = firstLabel == null ? new Reason(List.of()) : firstLabel;
        secondLabel = secondLabel == null ? new Reason(List.of()) : secondLabel;
        toleranceBasis = toleranceBasis == null ? new Reason(List.of()) : toleranceBasis;
        message = message == null ? new Reason(List.of()) : message;
    }
}

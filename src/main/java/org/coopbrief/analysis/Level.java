package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * One level of one series in a period, ready to compare: money normalised to USD million
 * ({@code unit} USD_M), physical units as printed. The printed value, unit and qualifier are
 * kept beside it.
 *
 * @param item           the part of the whole the level covers ("butter"); null for the whole
 * @param amount         the level in {@code unit} (USD million for money)
 * @param unit           USD_M for money that could be converted; otherwise the printed unit
 * @param tolerance      plus or minus, in {@code unit}: the rounding of the printed inputs (see {@link PrintedPrecision})
 * @param origin         reported, derived from other flows, or implied by a stated growth
 * @param approximate    true when the printed number was qualified ("about", "more than"...), converted at an
 *                       annual average rate, or is derived or implied
 * @param originalAmount the value as printed (for a derived or implied level: in the printed unit of its inputs)
 * @param originalUnit   the printed unit
 * @param qualifier      the printed qualifier (EXACT for derived and implied levels)
 * @param basis          how the level was obtained ("6.7 RUB_B at 31.85 RUB per USD (2013)"), as clauses the
 *                       exports word in their language
 * @param figureIds      the figures.csv rows it rests on
 */
public record Level(
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        String item,
        Period period,
        BigDecimal amount,
        Unit unit,
        BigDecimal tolerance,
        Origin origin,
        boolean approximate,
        BigDecimal originalAmount,
        Unit originalUnit,
        Qualifier qualifier,
        Reason basis,
        List<String> figureIds) {

    public Level {
        figureIds = List.copyOf(figureIds);
        basis = basis == null ? new Reason(List.of()) : basis;
        approximate = approximate || origin != Origin.REPORTED; // a computed number is never exact
    }

    /** The series this level belongs to (periods aside). */
    SeriesKey series() {
        return new SeriesKey(reporter, partner, indicator, scope, item, unit);
    }

    boolean isMoney() {
        return unit == Unit.USD_M;
    }
}

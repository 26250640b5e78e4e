package org.coopbrief.analysis;

import java.math.BigDecimal;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;

/**
 * One series in one period: its level, the change from the previous comparable period, the
 * growth the books state for it, and the partner's share and rank.
 *
 * @param item   the part of the whole the row covers ("butter"); null for the whole
 * @param value  the level (reported, derived or implied); null when the books give only a growth rate
 * @param change null when there is no level for the previous comparable period (or none exists:
 *               multi-year totals)
 * @param stated the growth printed with this number, if any (its base may be further back than one year)
 * @param standing share and rank; null unless the indicator is turnover, exports or imports in USD and
 *               at least two partners of the same kind (or a world total) are covered
 * @param focus  the period is the run's focus period
 */
public record ComparisonRow(
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        String item,
        Period period,
        Level value,
        Change change,
        StatedGrowth stated,
        Standing standing,
        boolean focus) {

    /** The level in {@link #unit()}, or null for a growth-only row. */
    public BigDecimal amount() {
        return value == null ? null : value.amount();
    }

    /** The unit of the level (USD_M for money), or null for a growth-only row. */
    public Unit unit() {
        return value == null ? null : value.unit();
    }

    /** True when the level or the change rests on an approximate, derived or implied number. */
    public boolean approximate() {
        return (value != null && value.approximate()) || (change != null && change.approximate());
    }

    /** True when the level (not the change) is approximate, derived or implied. */
    public boolean levelApproximate() {
        return value != null && value.approximate();
    }

    /**
     * The change from the previous comparable period in percent: the one computed from the two
     * levels, else the growth printed with the number when it is against that period; null when
     * there is neither.
     */
    public PercentChange percentChange() {
        if (change != null && change.percent() != null) {
            return new PercentChange(change.percent(), change.approximate(), false, false);
        }
        if (stated != null
                && period.previousComparable().map(p -> p.equals(stated.base())).orElse(false)) {
            return new PercentChange(stated.percent(), false, true, statedAsPrinted());
        }
        return null;
    }

    /**
     * The stated growth's percent is printed as such ("by 31%"); false when it is read from words
     * ("more than doubled" is +100%, "1.5 times" +50%, an index of 142% +42%): only a printed percent
     * is labelled "as printed" (see {@link PrintedPrecision#printedAsPercent}).
     */
    public boolean statedAsPrinted() {
        return PrintedPrecision.printedAsPercent(stated);
    }

    /**
     * A change in percent from the previous comparable period.
     *
     * @param approximate computed from an approximate, derived or implied level (a stated growth is taken as printed)
     * @param stated      the growth printed with the number, not computed
     * @param asPrinted   a stated growth whose percent is printed as such, not read from words ("doubled")
     */
    public record PercentChange(BigDecimal percent, boolean approximate, boolean stated, boolean asPrinted) {}
}

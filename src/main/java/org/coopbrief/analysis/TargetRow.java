package org.coopbrief.analysis;

import java.math.BigDecimal;

import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * A target against the actuals, at the as-of date.
 *
 * @param targetAmount      the target level in {@code unit} (USD million for money); for a target relative to a
 *                          baseline, the multiple times the baseline level; null while the baseline is unknown
 * @param targetBasis       how the target amount was obtained (1.2 x exports 2020, 289.9), worded by the exports
 * @param actual            the latest full-year actual of the same indicator, scope, item and unit at or before the
 *                          as-of date (after the baseline period, for a baseline-relative target); null if none
 * @param partial           a later partial-year actual, shown beside the target; it never decides the status
 * @param attainmentPct     actual / target x 100
 * @param gap               target - actual
 * @param requiredGrowthPct (target / actual)^(1 / (deadline - actual year)) - 1, in percent; null when the
 *                          deadline is not after the actual's year or there is no deadline
 * @param growthSinceSetPct annual growth from the last actual at or before the year the target was set to
 *                          {@code actual}; null when there is no such pair
 * @param comparability     SAME, or APPROXIMATE_SCOPE when the actual is of another (wider) scope than the target
 * @param actualScope       the scope of {@code actual} and {@code partial} (the target's own unless
 *                          APPROXIMATE_SCOPE)
 * @param approximate       the target or the actual is approximate (qualified, converted, derived or implied,
 *                          or of another scope)
 * @param explanation       why this status, as clauses the exports word in their language
 */
public record TargetRow(
        String targetId,
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        String item,
        String quote,
        Qualifier qualifier,
        Deadline deadline,
        PartialDate setOn,
        BigDecimal targetAmount,
        Unit unit,
        boolean targetApproximate,
        Reason targetBasis,
        Actual actual,
        Actual partial,
        BigDecimal attainmentPct,
        BigDecimal gap,
        BigDecimal requiredGrowthPct,
        BigDecimal growthSinceSetPct,
        Comparability comparability,
        Scope actualScope,
        TargetStatus status,
        boolean approximate,
        Reason explanation,
        String source) {

    public TargetRow {
        targetBasis = targetBasis == null ? new Reason(java.util.List.of()) : targetBasis;
        explanation = explanation == null ? new Reason(java.util.List.of()) : explanation;
    }

    /** One actual level used against a target. */
    public record Actual(Period period, BigDecimal amount, Origin origin, boolean approximate) {

        static Actual of(Level l) {
            return l == null ? null : new Actual(l.period(), l.amount(), l.origin(), l.approximate());
        }
    }

    /** Attainment is charted up to this many percent; a bar beyond it is drawn to it and labelled "≥200%". */
    public static final BigDecimal CHART_LIMIT_PCT = BigDecimal.valueOf(200);

    /**
     * Charted in the targets' progress chart: an attainment against a deadline. Targets without a
     * deadline (OPEN) are listed, never charted among the deadline targets.
     */
    public boolean charted() {
        return attainmentPct != null && deadline != null;
    }

    /** The attainment the chart draws: the real one, or {@link #CHART_LIMIT_PCT} when beyond it. */
    public BigDecimal chartedAttainmentPct() {
        return attainmentPct == null ? null : attainmentPct.min(CHART_LIMIT_PCT);
    }

    /** The attainment is beyond the chart's limit: its bar is labelled "≥200%", not with a number it does not reach. */
    public boolean beyondChart() {
        return attainmentPct != null && attainmentPct.compareTo(CHART_LIMIT_PCT) > 0;
    }
}
